using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;
using Complaints.Compensation.Contracts;
using Complaints.Hazards.Contracts;
using Complaints.Kernel.Events;
using Complaints.Kernel.Persistence;
using Complaints.OmbudsmanLiaison.Contracts;
using Complaints.Reporting.Persistence;
using Complaints.Reporting.ReadModels.Awards;
using Complaints.Reporting.ReadModels.Hazards;
using Complaints.Reporting.ReadModels.Ombudsman;
using Complaints.Reporting.ReadModels.Restrictions;
using Complaints.VexatiousBehaviour.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Reporting.ReadModels;

/// <summary>
/// The read models of what put complaints right and how contact was managed: compensation awards, Ombudsman cases and
/// orders, contact restrictions, and Awaab's Law hazards. Applies each logged event of theirs (matched by the contract's own
/// <see cref="EventNameAttribute"/>, never a copied string) and empties their tables for a rebuild.
/// </summary>
internal static class RemedyProjections
{
    private delegate Task Apply(ReportingDbContext db, LoggedEvent loggedEvent, CancellationToken cancellationToken);

    private static readonly FrozenDictionary<string, Apply> ByEventType = new[]
    {
        On<AwardProposedEvent>(AwardProjection.ApplyAsync),
        On<AwardApprovedEvent>(AwardProjection.ApplyAsync),
        On<AwardRejectedEvent>(AwardProjection.ApplyAsync),
        On<AwardOfferAnsweredEvent>(AwardProjection.ApplyAsync),
        On<AwardCancelledEvent>(AwardProjection.ApplyAsync),
        On<AwardPaidEvent>(AwardProjection.ApplyAsync),
        On<ReferralRecordedEvent>(OmbudsmanProjection.ApplyAsync),
        On<DeterminationRecordedEvent>(OmbudsmanProjection.ApplyAsync),
        On<OrderMadeEvent>(OmbudsmanProjection.ApplyAsync),
        On<OrderCompliedEvent>(OmbudsmanProjection.ApplyAsync),
        On<RestrictionDecidedEvent>(RestrictionProjection.ApplyAsync),
        On<RestrictionReviewedEvent>(RestrictionProjection.ApplyAsync),
        On<RestrictionLiftedEvent>(RestrictionProjection.ApplyAsync),
        On<RestrictionAppealedEvent>(RestrictionProjection.ApplyAsync),
        On<RestrictionAppealDecidedEvent>(RestrictionProjection.ApplyAsync),
        On<HazardReportedEvent>(HazardProjection.ApplyAsync),
        On<HazardClockMissedEvent>(HazardProjection.ApplyAsync),
        On<HazardClockMetEvent>(HazardProjection.ApplyAsync),
        On<AlternativeAccommodationOfferedEvent>(HazardProjection.ApplyAsync),
        On<HazardClocksStoppedEvent>(HazardProjection.ApplyAsync),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Applies the event if it is one of these read models'; any other event is not theirs and is passed over.</summary>
    public static Task ApplyAsync(ReportingDbContext db, LoggedEvent loggedEvent, CancellationToken cancellationToken) =>
        ByEventType.TryGetValue(loggedEvent.EventType, out var apply) ? apply(db, loggedEvent, cancellationToken) : Task.CompletedTask;

    /// <summary>Empties every table of these read models, in the rebuild's transaction.</summary>
    public static async Task ClearAsync(ReportingDbContext db, CancellationToken cancellationToken)
    {
        await db.AwardPayments.ExecuteDeleteAsync(cancellationToken);
        await db.AwardCategories.ExecuteDeleteAsync(cancellationToken);
        await db.Awards.ExecuteDeleteAsync(cancellationToken);
        await db.OmbudsmanFindings.ExecuteDeleteAsync(cancellationToken);
        await db.OmbudsmanOrders.ExecuteDeleteAsync(cancellationToken);
        await db.OmbudsmanCases.ExecuteDeleteAsync(cancellationToken);
        await db.Restrictions.ExecuteDeleteAsync(cancellationToken);
        await db.Hazards.ExecuteDeleteAsync(cancellationToken);
        await db.HazardMisses.ExecuteDeleteAsync(cancellationToken);
        await db.AccommodationOffers.ExecuteDeleteAsync(cancellationToken);
    }

    private static KeyValuePair<string, Apply> On<TEvent>(Func<ReportingDbContext, TEvent, CancellationToken, Task> apply) =>
        new(typeof(TEvent).GetCustomAttribute<EventNameAttribute>()!.Name,
            (db, loggedEvent, cancellationToken) => apply(db, JsonSerializer.Deserialize<TEvent>(loggedEvent.Payload, KernelJson.Options)!, cancellationToken));
}
