using Complaints.Hazards.Clocks;
using Complaints.Hazards.Domain;
using Complaints.Kernel.Errors;
using Complaints.Kernel.Pipeline;

namespace Complaints.Hazards.Record;

/// <summary>Safety work, once: for an emergency at any time (made safe); for a significant hazard after an investigation that found one.</summary>
internal sealed class RecordSafetyWorkHandler(HazardStore store) : ICommandHandler<RecordSafetyWorkCommand, long>
{
    public async Task<long> HandleAsync(PluginContext<RecordSafetyWorkCommand, long> context, CancellationToken cancellationToken)
    {
        var command = context.Target;
        if (string.IsNullOrWhiteSpace(command.Details))
            throw new ValidationException(new FieldViolation("details", "must say what was done to make the home safe"));
        var hazard = await store.ForUpdateAsync(command.HazardId, cancellationToken);
        if (!hazard.Emergency && hazard.Investigation is not { HazardFound: true })
            throw HazardStore.Refused(hazard, $"Hazard {hazard.Reference} has no investigation that found a hazard: safety work follows one.");
        if (hazard.SafetyWork is { } done)
            throw HazardStore.Refused(hazard, $"Hazard {hazard.Reference}'s safety work was recorded as completed on {done.CompletedAt:yyyy-MM-dd HH:mm} UTC.");
        var completedAt = store.Instant(hazard, command.CompletedAt, "completed_at");
        hazard.SafetyWork = new WorkDone(completedAt, HazardStore.Text(command.Details), context.InitiatingUser.Id);
        await store.SaveAsync(hazard, completedAt, cancellationToken, HazardClockCalculator.EmergencyMakeSafe, HazardClockCalculator.SignificantSafetyWork);
        return hazard.Id;
    }
}

/// <summary>
/// Further work after an investigation that found a significant hazard. Begun, or steps taken to begin it, or physically
/// started: each recorded once, a later call adding what is new.
/// </summary>
internal sealed class RecordFurtherWorkHandler(HazardStore store) : ICommandHandler<RecordFurtherWorkCommand, long>
{
    public async Task<long> HandleAsync(PluginContext<RecordFurtherWorkCommand, long> context, CancellationToken cancellationToken)
    {
        var command = context.Target;
        var violations = new List<FieldViolation>();
        if (command.BegunAt is null && command.StepsTakenAt is null && command.PhysicallyStartedAt is null)
            violations.Add(new FieldViolation("begun_at", "give begun_at, steps_taken_at or physically_started_at"));
        if (command.StepsTakenAt is not null && string.IsNullOrWhiteSpace(command.StepsTaken))
            violations.Add(new FieldViolation("steps_taken", "must say what steps were taken to begin the work, and why it could not begin"));
        if (violations.Count > 0)
            throw new ValidationException(violations.ToArray());
        var hazard = await store.ForUpdateAsync(command.HazardId, cancellationToken);
        if (hazard.Emergency || hazard.Investigation is not { HazardFound: true })
            throw HazardStore.Refused(hazard, $"Hazard {hazard.Reference} has no investigation that found a significant hazard: further work follows one.");
        var current = hazard.FurtherWork ?? new FurtherWork(null, null, null, null, "", context.InitiatingUser.Id);
        var begunAt = Once(hazard, current.BegunAt, command.BegunAt, "begun_at");
        var stepsAt = Once(hazard, current.StepsTakenAt, command.StepsTakenAt, "steps_taken_at");
        var startedAt = Once(hazard, current.PhysicallyStartedAt, command.PhysicallyStartedAt, "physically_started_at");
        foreach (var (at, field) in new[] { (begunAt, "begun_at"), (stepsAt, "steps_taken_at"), (startedAt, "physically_started_at") })
        {
            if (at < hazard.Investigation.EndedAt)
                throw new ValidationException(new FieldViolation(field, "must not be before the investigation ended"));
        }
        hazard.FurtherWork = current with
        {
            BegunAt = begunAt,
            StepsTakenAt = stepsAt,
            StepsTaken = command.StepsTakenAt is null ? current.StepsTaken : HazardStore.Text(command.StepsTaken),
            PhysicallyStartedAt = startedAt,
            Details = string.IsNullOrWhiteSpace(command.Details) ? current.Details : HazardStore.Text(command.Details),
            RecordedBy = context.InitiatingUser.Id,
        };
        var stepAt = new[] { begunAt, stepsAt, startedAt }.Max() ?? hazard.AwareAt;
        await store.SaveAsync(hazard, stepAt, cancellationToken, HazardClockCalculator.FurtherWorkBegin, HazardClockCalculator.FurtherWorkPhysicalStart);
        return hazard.Id;

        DateTimeOffset? Once(Hazard h, DateTimeOffset? recorded, DateTimeOffset? requested, string field)
        {
            if (requested is null)
                return recorded;
            if (recorded is not null)
                throw HazardStore.Refused(h, $"Hazard {h.Reference}'s further work already has {field} recorded ({recorded:yyyy-MM-dd HH:mm} UTC).");
            return store.Instant(h, requested, field);
        }
    }
}
