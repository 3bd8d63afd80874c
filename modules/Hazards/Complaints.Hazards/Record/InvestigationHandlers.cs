using Complaints.Hazards.Clocks;
using Complaints.Hazards.Domain;
using Complaints.Kernel.Errors;
using Complaints.Kernel.Pipeline;

namespace Complaints.Hazards.Record;

/// <summary>Records the investigation's end once; the summary, safety-work and further-work clocks count from it.</summary>
internal sealed class RecordInvestigationHandler(HazardStore store) : ICommandHandler<RecordInvestigationCommand, long>
{
    public async Task<long> HandleAsync(PluginContext<RecordInvestigationCommand, long> context, CancellationToken cancellationToken)
    {
        var command = context.Target;
        var violations = new List<FieldViolation>();
        if (string.IsNullOrWhiteSpace(command.Investigator))
            violations.Add(new FieldViolation("investigator", "must name the competent investigator"));
        if (string.IsNullOrWhiteSpace(command.Findings))
            violations.Add(new FieldViolation("findings", "must say what the investigation found"));
        if (violations.Count > 0)
            throw new ValidationException(violations.ToArray());
        var hazard = await store.ForUpdateAsync(command.HazardId, cancellationToken);
        if (hazard.Investigation is { } done)
            throw HazardStore.Refused(hazard, $"Hazard {hazard.Reference}'s investigation was recorded as ended on {done.EndedAt:yyyy-MM-dd HH:mm} UTC.");
        var endedAt = store.Instant(hazard, command.EndedAt, "ended_at");
        hazard.Investigation = new Investigation(endedAt, HazardStore.Text(command.Investigator), HazardStore.Text(command.Findings), command.HazardFound, context.InitiatingUser.Id);
        await store.SaveAsync(hazard, endedAt, cancellationToken, HazardClockCalculator.EmergencyInvestigate, HazardClockCalculator.SignificantInvestigate);
        return hazard.Id;
    }
}

/// <summary>Records the written summary of the findings sent to the tenant, once, after the investigation.</summary>
internal sealed class RecordSummarySentHandler(HazardStore store) : ICommandHandler<RecordSummarySentCommand, long>
{
    public async Task<long> HandleAsync(PluginContext<RecordSummarySentCommand, long> context, CancellationToken cancellationToken)
    {
        var command = context.Target;
        if (string.IsNullOrWhiteSpace(command.Summary))
            throw new ValidationException(new FieldViolation("summary", "must give the summary sent, or where it is kept"));
        var hazard = await store.ForUpdateAsync(command.HazardId, cancellationToken);
        if (hazard.Investigation is null)
            throw HazardStore.Refused(hazard, $"Hazard {hazard.Reference} has no investigation recorded: the summary is of its findings.");
        if (hazard.SummarySentAt is { } sent)
            throw HazardStore.Refused(hazard, $"Hazard {hazard.Reference}'s summary was recorded as sent on {sent:yyyy-MM-dd HH:mm} UTC.");
        var sentAt = store.Instant(hazard, command.SentAt, "sent_at");
        if (sentAt < hazard.Investigation.EndedAt)
            throw new ValidationException(new FieldViolation("sent_at", "must not be before the investigation ended"));
        hazard.SummarySentAt = sentAt;
        hazard.SummaryText = HazardStore.Text(command.Summary);
        await store.SaveAsync(hazard, sentAt, cancellationToken, HazardClockCalculator.SignificantSummary);
        return hazard.Id;
    }
}
