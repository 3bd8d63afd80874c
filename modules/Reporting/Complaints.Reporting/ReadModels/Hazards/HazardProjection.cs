using Complaints.Hazards.Contracts;
using Complaints.Reporting.Persistence;

namespace Complaints.Reporting.ReadModels.Hazards;

/// <summary>
/// Applies the Hazards module's events to <c>reporting_hazards</c>, <c>reporting_hazard_misses</c> and
/// <c>reporting_accommodation_offers</c>. Every row is keyed by what it records and every moment is kept the first time,
/// so applying an event twice changes nothing. A clock met late whose miss was never announced (the step came before
/// the sweep) is recorded as missed from the met event, which carries its due instant.
/// </summary>
internal static class HazardProjection
{
    public static async Task ApplyAsync(ReportingDbContext db, HazardReportedEvent reported, CancellationToken cancellationToken)
    {
        if (await db.Hazards.FindAsync([reported.HazardId], cancellationToken) is not null)
            return;
        db.Hazards.Add(new ReportedHazard
        {
            HazardId = reported.HazardId, Reference = reported.Reference, Kind = reported.Kind, Emergency = reported.Emergency, AwareAt = reported.OccurredAt,
        });
    }

    public static async Task ApplyAsync(ReportingDbContext db, HazardClockMissedEvent missed, CancellationToken cancellationToken)
    {
        if (await db.HazardMisses.FindAsync([missed.HazardId, missed.Clock], cancellationToken) is not null)
            return;
        db.HazardMisses.Add(new ReportedHazardMiss
        {
            HazardId = missed.HazardId, Clock = missed.Clock, Kind = missed.Kind, Emergency = missed.Emergency, DueAt = missed.OccurredAt,
        });
    }

    public static async Task ApplyAsync(ReportingDbContext db, HazardClockMetEvent met, CancellationToken cancellationToken)
    {
        if (met.OnTime)
            return;
        if (await db.HazardMisses.FindAsync([met.HazardId, met.Clock], cancellationToken) is { } miss)
        {
            miss.MetAt ??= met.OccurredAt;
            return;
        }
        var emergency = (await db.Hazards.FindAsync([met.HazardId], cancellationToken))?.Emergency ?? met.Clock.StartsWith("emergency.", StringComparison.Ordinal);
        db.HazardMisses.Add(new ReportedHazardMiss
        {
            HazardId = met.HazardId, Clock = met.Clock, Kind = met.Kind, Emergency = emergency, DueAt = met.DueAt, MetAt = met.OccurredAt,
        });
    }

    public static async Task ApplyAsync(ReportingDbContext db, AlternativeAccommodationOfferedEvent offered, CancellationToken cancellationToken)
    {
        if (await db.AccommodationOffers.FindAsync([offered.HazardId, offered.OccurredAt], cancellationToken) is not null)
            return;
        db.AccommodationOffers.Add(new ReportedAccommodationOffer
        {
            HazardId = offered.HazardId, OfferedAt = offered.OccurredAt, Kind = offered.Kind, Emergency = offered.Emergency,
        });
    }

    public static async Task ApplyAsync(ReportingDbContext db, HazardClocksStoppedEvent stopped, CancellationToken cancellationToken)
    {
        if (await db.Hazards.FindAsync([stopped.HazardId], cancellationToken) is not { StoppedAt: null } hazard)
            return;
        (hazard.StoppedAt, hazard.StopReason) = (stopped.OccurredAt, stopped.Reason);
    }
}
