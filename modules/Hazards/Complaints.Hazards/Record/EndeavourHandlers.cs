using Complaints.Hazards.Clocks;
using Complaints.Hazards.Contracts;
using Complaints.Hazards.Domain;
using Complaints.Hazards.Policy;
using Complaints.Kernel.Errors;
using Complaints.Kernel.Outbox;
using Complaints.Kernel.Pipeline;
using Microsoft.Extensions.Options;

namespace Complaints.Hazards.Record;

/// <summary>Every attempt to get into the home is recorded with its date, method and outcome: the "all reasonable endeavours" defence rests on it.</summary>
internal sealed class RecordAccessAttemptHandler(HazardStore store) : ICommandHandler<RecordAccessAttemptCommand, long>
{
    public async Task<long> HandleAsync(PluginContext<RecordAccessAttemptCommand, long> context, CancellationToken cancellationToken)
    {
        var command = context.Target;
        var violations = new List<FieldViolation>();
        if (command.Method is null)
            violations.Add(new FieldViolation("method", "must say how access was sought"));
        if (command.Outcome is null)
            violations.Add(new FieldViolation("outcome", "must say what came of it"));
        if (violations.Count > 0)
            throw new ValidationException(violations.ToArray());
        var hazard = await store.ForUpdateAsync(command.HazardId, cancellationToken);
        var at = store.Instant(hazard, command.AttemptedAt, "attempted_at");
        hazard.AccessAttempts = [.. hazard.AccessAttempts, new AccessAttempt(at, command.Method!.Value, command.Outcome!.Value, HazardStore.Text(command.Notes), context.InitiatingUser.Id)];
        await store.SaveAsync(hazard, at, cancellationToken);
        return hazard.Id;
    }
}

/// <summary>Suitable alternative accommodation offered where the home cannot be made safe in time; the offer alone does not stop the clocks.</summary>
internal sealed class OfferAlternativeAccommodationHandler(HazardStore store, IEventPublisher events) : ICommandHandler<OfferAlternativeAccommodationCommand, long>
{
    public async Task<long> HandleAsync(PluginContext<OfferAlternativeAccommodationCommand, long> context, CancellationToken cancellationToken)
    {
        var command = context.Target;
        if (string.IsNullOrWhiteSpace(command.Details))
            throw new ValidationException(new FieldViolation("details", "must say what accommodation was offered"));
        var hazard = await store.ForUpdateAsync(command.HazardId, cancellationToken);
        var at = store.Instant(hazard, command.OfferedAt, "offered_at");
        hazard.AccommodationOffers = [.. hazard.AccommodationOffers, new AccommodationOffer(at, HazardStore.Text(command.Details), context.InitiatingUser.Id)];
        await store.SaveAsync(hazard, at, cancellationToken);
        events.Publish(new AlternativeAccommodationOfferedEvent(hazard.Id, hazard.Reference, hazard.Kind, hazard.Emergency, at));
        return hazard.Id;
    }
}

/// <summary>
/// Stops the clocks for one of the regulation's reasons, with its evidence. The household moved out only after an offer
/// of alternative accommodation; no hazard found only after an investigation; consent not obtained only with the
/// profile's number of access attempts on record — a "no access" never closes a hazard without that record.
/// </summary>
internal sealed class StopClockHandler(HazardStore store, HazardClockCalculator calculator, IEventPublisher events, IOptions<HazardsPolicy> policy)
    : ICommandHandler<StopClockCommand, long>
{
    public async Task<long> HandleAsync(PluginContext<StopClockCommand, long> context, CancellationToken cancellationToken)
    {
        var command = context.Target;
        var violations = new List<FieldViolation>();
        if (command.Reason is null)
            violations.Add(new FieldViolation("reason", "must be HOUSEHOLD_MOVED, NO_HAZARD_FOUND, CONSENT_NOT_OBTAINED or TENURE_NOT_COVERED"));
        if (string.IsNullOrWhiteSpace(command.Evidence))
            violations.Add(new FieldViolation("evidence", "must say where the evidence for stopping the clocks is kept"));
        if (violations.Count > 0)
            throw new ValidationException(violations.ToArray());
        var hazard = await store.ForUpdateAsync(command.HazardId, cancellationToken);
        var at = store.Instant(hazard, command.StoppedAt, "stopped_at");
        var reason = command.Reason!.Value;
        var needed = policy.Value.AccessAttemptsBeforeConsentStop;
        var missing = reason switch
        {
            StopReason.HouseholdMoved when hazard.AccommodationOffers.Count == 0 => "no offer of alternative accommodation is recorded",
            StopReason.NoHazardFound when hazard.Investigation is null => "no investigation is recorded",
            StopReason.ConsentNotObtained when hazard.AccessAttempts.Count < needed =>
                $"{hazard.AccessAttempts.Count} access attempt(s) are recorded and the profile asks for {needed} ({policy.Value.ReasonableEndeavoursRegulation})",
            _ => null,
        };
        if (missing is not null)
            throw HazardStore.Refused(hazard, $"Hazard {hazard.Reference}'s clocks cannot stop for {reason}: {missing}.");
        var clocks = calculator.Calculate(hazard, at);
        store.AnnounceMissed(hazard, clocks); // before the stop: afterwards they read as stopped
        var overdue = clocks.Where(c => c.Status == HazardClockStatus.Overdue).Select(c => c.Name).ToList();
        hazard.Stopped = new ClockStop(reason, HazardStore.Text(command.Evidence), at, context.InitiatingUser.Id);
        hazard.StoppedAt = at;
        await store.SaveAsync(hazard, at, cancellationToken);
        events.Publish(new HazardClocksStoppedEvent(hazard.Id, hazard.Reference, hazard.Kind, reason.ToString(), overdue, at));
        return hazard.Id;
    }
}
