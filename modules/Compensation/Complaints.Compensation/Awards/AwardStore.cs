using Complaints.Compensation.Domain;
using Complaints.Compensation.Persistence;
using Complaints.Compensation.Policy;
using Complaints.Kernel.Errors;
using Complaints.Kernel.Pipeline;
using Microsoft.Extensions.Options;

namespace Complaints.Compensation.Awards;

/// <summary>
/// Loads an award to change it, and takes each step through the <see cref="AwardWorkflow"/>, recording who took it.
/// Only holders of a compensation role (the profile's authority limits) may change awards.
/// </summary>
internal sealed class AwardStore(CompensationDbContext db, IOptions<CompensationPolicy> policy)
{
    /// <summary>
    /// The award, locked until the call ends: changes to one award (a payment and its retries above all) run one at a
    /// time, so each sees the last; a stale <paramref name="expectedVersion"/> is a concurrency conflict (ABORTED).
    /// </summary>
    public async Task<Award> GetForUpdateAsync(long id, int? expectedVersion, CancellationToken cancellationToken)
    {
        var award = await db.FindForUpdateAsync<Award>(id, cancellationToken)
            ?? throw new NotFoundException("Award", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // Checked here, before any rule reads the award: racing calls run one at a time, so a loser checked later would
        // meet the winner's new status first and answer FAILED_PRECONDITION instead of ABORTED.
        if (expectedVersion is { } version)
        {
            if (version != award.Version)
                throw new ConcurrencyConflictException("Award", award.Reference);
            db.Entry(award).Property(a => a.Version).OriginalValue = version;
        }
        return award;
    }

    public void RequireCompensationRole(Actor actor)
    {
        if (!policy.Value.IsCompensationRole(actor.Roles))
            throw new PermissionDeniedException(
                $"Only compensation roles may do this ({string.Join(", ", policy.Value.AuthorityLimits.Select(l => l.Role))}); {actor.Id} holds none.");
    }

    /// <summary>Fires <paramref name="trigger"/> (FAILED_PRECONDITION naming the status and the allowed steps if refused) and records it.</summary>
    public void Step(Award award, AwardTrigger trigger, string kind, string reason, Actor actor, DateTimeOffset at)
    {
        AwardWorkflow.Over(award).Fire(trigger);
        Record(award, kind, reason, actor, at);
    }

    public static void Record(Award award, string kind, string reason, Actor actor, DateTimeOffset at) =>
        // A new list, so the JSON column is seen as changed.
        award.Decisions = [.. award.Decisions, new AwardDecision(kind, actor.Id, actor.Roles.Order().ToList(), reason, at)];

    public async Task SaveAsync(CancellationToken cancellationToken) => await db.SaveChangesAsync(cancellationToken);
}
