using System.Globalization;
using Complaints.Hazards.Clocks;
using Complaints.Hazards.Contracts;
using Complaints.Hazards.Domain;
using Complaints.Hazards.Persistence;
using Complaints.Kernel.Errors;
using Complaints.Kernel.Outbox;
using Complaints.Kernel.Time;
using Microsoft.Extensions.Options;

namespace Complaints.Hazards.Record;

/// <summary>
/// Loads a hazard to record a step on it (locked, so steps on one hazard run one after another), resolves the step's
/// instant, refuses a step the hazard's state does not allow — naming the state and the steps it does — and announces
/// the clocks a step meets.
/// </summary>
internal sealed class HazardStore(HazardsDbContext db, HazardClockCalculator calculator, IEventPublisher events, TimeProvider clock, IOptions<ClockOptions> clockOptions)
{
    public const string StepRefused = "HAZARD_STEP_REFUSED";

    public async Task<Hazard> ForUpdateAsync(long id, CancellationToken cancellationToken)
    {
        var hazard = await db.FindForUpdateAsync<Hazard>(id, cancellationToken)
            ?? throw new NotFoundException("Hazard", id.ToString(CultureInfo.InvariantCulture));
        if (hazard.Stopped is { } stop)
            throw Refused(hazard, $"Hazard {hazard.Reference}'s clocks stopped on {stop.StoppedAt:yyyy-MM-dd HH:mm} UTC ({stop.Reason}); nothing more is recorded against them.");
        return hazard;
    }

    /// <summary>The instant of a step: given or now, never in the future and never before the landlord became aware.</summary>
    public DateTimeOffset Instant(Hazard hazard, DateTimeOffset? requested, string field)
    {
        var at = OccurredAt.Resolve(requested, clock, clockOptions.Value.AllowedSkew, field);
        if (at < hazard.AwareAt)
            throw new ValidationException(new FieldViolation(field, $"must not be before the landlord became aware ({hazard.AwareAt:O})"));
        return at;
    }

    public static RuleViolationException Refused(Hazard hazard, string message) =>
        new(message + $" Allowed now: {string.Join(", ", HazardMoves.Allowed(hazard))}.", StepRefused, new Dictionary<string, string>
        {
            ["hazard"] = hazard.Reference,
            ["state"] = HazardMoves.State(hazard),
            ["allowed"] = string.Join(",", HazardMoves.Allowed(hazard)),
        });

    /// <summary>Saves the step and announces each named clock it met, on time or late, and any clock missed by then.</summary>
    public async Task SaveAsync(Hazard hazard, DateTimeOffset stepAt, CancellationToken cancellationToken, params string[] clocksMet)
    {
        var clocks = calculator.Calculate(hazard, stepAt);
        AnnounceMissed(hazard, clocks);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var met in clocks.Where(c => clocksMet.Contains(c.Name) && c.EndedAt == stepAt))
        {
            if (met.Status is HazardClockStatus.MetOnTime or HazardClockStatus.MetLate)
                events.Publish(new HazardClockMetEvent(hazard.Id, hazard.Reference, hazard.Kind, met.Name, met.DueAt, met.Status == HazardClockStatus.MetOnTime, stepAt));
        }
    }

    /// <summary>
    /// Announces each clock overdue or met late that has not been announced yet (<see cref="HazardClockMissedEvent"/>,
    /// at its due instant), and remembers it on the hazard so it is announced once. Returns how many were new.
    /// </summary>
    public int AnnounceMissed(Hazard hazard, IEnumerable<HazardClockSummary> clocks)
    {
        var missed = clocks.Where(c => c.Status is HazardClockStatus.Overdue or HazardClockStatus.MetLate && !hazard.MissedClocks.Contains(c.Name)).ToList();
        if (missed.Count == 0)
            return 0;
        hazard.MissedClocks = [.. hazard.MissedClocks, .. missed.Select(c => c.Name)];
        foreach (var clock in missed)
            events.Publish(new HazardClockMissedEvent(hazard.Id, hazard.Reference, hazard.Kind, hazard.Emergency, clock.Name, clock.Regulation, clock.DueAt));
        return missed.Count;
    }

    public static string Text(string? value) => (value ?? "").Trim();
}
