using Complaints.Intake.Persistence;
using Complaints.Kernel.Persistence;
using Complaints.Lifecycle.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Complaints.Intake.Read;

/// <summary>
/// Gives the lifecycles started before they kept the complaint's reference (their list tie-breaker) the reference
/// Intake holds, through the lifecycle's contract: neither module reads the other's tables, so no migration can.
/// </summary>
internal sealed class LifecycleReferenceBackfill(IntakeDbContext db, ILifecycleList lifecycleList, ILogger<LifecycleReferenceBackfill> logger)
    : IStartupBackfill
{
    private const int Batch = 500;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var missing = await lifecycleList.FindWithoutReferenceAsync(cancellationToken);
        if (missing.Count == 0)
            return;
        logger.LogInformation("Giving {Count} lifecycle(s) their complaint's reference", missing.Count);
        foreach (var batch in missing.Chunk(Batch))
        {
            var references = await db.Complaints.AsNoTracking().Where(c => batch.Contains(c.Id)).Select(c => new { c.Id, c.Reference })
                .ToDictionaryAsync(c => c.Id, c => c.Reference, cancellationToken);
            await lifecycleList.RecordReferencesAsync(references, cancellationToken);
        }
    }
}
