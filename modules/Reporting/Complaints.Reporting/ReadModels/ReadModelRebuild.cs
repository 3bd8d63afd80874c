using Complaints.Reporting.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Reporting.ReadModels;

/// <summary>Empties the read models and resets the cursor, in one transaction; the projector then replays the whole log.</summary>
internal sealed class ReadModelRebuild(ReportingDbContext db)
{
    public async Task RebuildAsync(CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Learning.ExecuteDeleteAsync(cancellationToken);
        await db.ServiceImprovements.ExecuteDeleteAsync(cancellationToken);
        await db.Complaints.ExecuteDeleteAsync(cancellationToken);
        await RemedyProjections.ClearAsync(db, cancellationToken);
        await db.Cursors.ExecuteUpdateAsync(c => c.SetProperty(x => x.EventId, 0L), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
