using Complaints.Kernel.Errors;
using Complaints.Kernel.Pipeline;
using Complaints.Kernel.Time;
using Microsoft.Extensions.Options;

namespace Complaints.Intake.Log;

/// <summary>Refuses a complaint that cannot be logged as given, naming every field at once.</summary>
[PluginStep(PipelineStage.PreValidation, Order = 10)]
internal sealed class ValidateLogComplaintPlugin(TimeProvider clock, IOptions<ClockOptions> clockOptions, IOptions<Policy.IntakePolicy> policy)
    : IPlugin<LogComplaintCommand, LoggedComplaint>
{
    public Task ExecuteAsync(PluginContext<LogComplaintCommand, LoggedComplaint> context, CancellationToken cancellationToken)
    {
        var command = context.Target;
        var violations = new List<FieldViolation>();
        if (command.Channel is null)
            violations.Add(new FieldViolation("channel", "must say how the complaint arrived"));
        if (string.IsNullOrWhiteSpace(command.Description))
            violations.Add(new FieldViolation("description", "must describe what the resident is dissatisfied with"));
        if (string.IsNullOrWhiteSpace(command.ResidentReference) && !command.Anonymous)
            violations.Add(new FieldViolation("resident_reference", "must identify the resident (or mark the complaint anonymous)"));
        // Without received_at the complaint is received now (StampReceivedAtPlugin); a later instant would otherwise
        // reach the acceptance rules, whose time limit cannot be counted from year 9999.
        var received = command.ReceivedAt ?? clock.GetUtcNow() + clockOptions.Value.AllowedSkew;
        if (command.IssueOccurredAt is { } occurred && occurred > received)
            violations.Add(new FieldViolation("issue_occurred_at", "must not be after the complaint was received"));
        if (command.ResidentAwareAt is { } aware && aware > received)
            violations.Add(new FieldViolation("resident_aware_at", "must not be after the complaint was received"));
        if (command.ReceivedAt is { } receivedAt && receivedAt > clock.GetUtcNow() + clockOptions.Value.AllowedSkew)
            violations.Add(new FieldViolation("received_at", "must not be in the future"));
        var categories = policy.Value.ComplaintCategories;
        if (command.Category is { } category && categories.All(c => c.Code != category))
            violations.Add(new FieldViolation("category", $"must be one of this policy's categories: {string.Join(", ", categories.Select(c => c.Code))}"));
        if (command.Representative is { } representative)
            violations.AddRange(RepresentativeViolations(representative));
        if (violations.Count > 0)
            throw new ValidationException(violations.ToArray());
        return Task.CompletedTask;
    }

    private static IEnumerable<FieldViolation> RepresentativeViolations(Domain.Representative representative)
    {
        if (string.IsNullOrWhiteSpace(representative.Name))
            yield return new FieldViolation("representative.name", "must name the person acting for the resident");
        if (!Enum.IsDefined(representative.Kind))
            yield return new FieldViolation("representative.kind", "must say who the representative is (advocate, family or friend, MP…)");
        if (representative.Consent is { } consent)
        {
            if (!Enum.IsDefined(consent.Form))
                yield return new FieldViolation("representative.consent.form", "must say how consent was given (written, verbal, legal authority)");
            if (string.IsNullOrWhiteSpace(consent.EvidenceReference))
                yield return new FieldViolation("representative.consent.evidence_reference", "must say where the evidence of consent is kept");
        }
    }
}
