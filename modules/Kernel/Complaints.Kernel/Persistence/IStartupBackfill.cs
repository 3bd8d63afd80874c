namespace Complaints.Kernel.Persistence;

/// <summary>
/// Data a schema change leaves empty that its migration cannot fill in SQL: values worked out in code (working-day
/// clocks) or facts another module owns, asked for through its contract. Run at start-up after every migration, before
/// the server answers, so a read never sees the column half filled. Each one finds for itself what is left to do, so a
/// start-up with nothing to fill costs one query.
/// </summary>
public interface IStartupBackfill
{
    Task RunAsync(CancellationToken cancellationToken);
}
