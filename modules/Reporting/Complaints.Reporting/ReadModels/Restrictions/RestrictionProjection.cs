using Complaints.Reporting.Persistence;
using Complaints.VexatiousBehaviour.Contracts;

namespace Complaints.Reporting.ReadModels.Restrictions;

/// <summary>
/// Applies VexatiousBehaviour's restriction events to <c>reporting_restrictions</c>. A review counts only when it is
/// later than the last one applied, and every other moment is kept the first time, so applying an event twice changes
/// nothing.
/// </summary>
internal static class RestrictionProjection
{
    public static async Task ApplyAsync(ReportingDbContext db, RestrictionDecidedEvent decided, CancellationToken cancellationToken)
    {
        if (await db.Restrictions.FindAsync([decided.RestrictionId], cancellationToken) is not null)
            return;
        db.Restrictions.Add(new ReportedRestriction
        {
            RestrictionId = decided.RestrictionId, Reference = decided.Reference, CaseReference = decided.CaseReference, Kind = decided.Kind,
            DecidedAt = decided.OccurredAt, ImmediateRisk = decided.ImmediateRisk, StartsOn = decided.StartsOn, EndsOn = decided.EndsOn,
            ReviewDueOn = decided.ReviewDueOn,
        });
    }

    public static async Task ApplyAsync(ReportingDbContext db, RestrictionReviewedEvent reviewed, CancellationToken cancellationToken)
    {
        if (await db.Restrictions.FindAsync([reviewed.RestrictionId], cancellationToken) is not { } restriction
            || restriction.LastReviewedAt >= reviewed.OccurredAt)
            return;
        restriction.Reviews++;
        restriction.LastReviewedAt = reviewed.OccurredAt;
        restriction.EndsOn = reviewed.EndsOn;
        restriction.ReviewDueOn = reviewed.ReviewDueOn;
    }

    public static async Task ApplyAsync(ReportingDbContext db, RestrictionLiftedEvent lifted, CancellationToken cancellationToken)
    {
        if (await db.Restrictions.FindAsync([lifted.RestrictionId], cancellationToken) is not { LiftedAt: null } restriction)
            return;
        (restriction.LiftedAt, restriction.LiftedBecause) = (lifted.OccurredAt, lifted.Because);
    }

    public static async Task ApplyAsync(ReportingDbContext db, RestrictionAppealedEvent appealed, CancellationToken cancellationToken)
    {
        if (await db.Restrictions.FindAsync([appealed.RestrictionId], cancellationToken) is { } restriction)
            restriction.AppealedAt ??= appealed.OccurredAt;
    }

    public static async Task ApplyAsync(ReportingDbContext db, RestrictionAppealDecidedEvent decided, CancellationToken cancellationToken)
    {
        if (await db.Restrictions.FindAsync([decided.RestrictionId], cancellationToken) is { } restriction)
            restriction.AppealUpheld ??= decided.Upheld;
    }
}
