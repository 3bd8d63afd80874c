namespace Complaints.Host.Info;

/// <summary>When this process started serving, from the injected clock.</summary>
internal sealed class ServerStartTime(TimeProvider clock)
{
    public DateTimeOffset Value { get; } = clock.GetUtcNow();
}
