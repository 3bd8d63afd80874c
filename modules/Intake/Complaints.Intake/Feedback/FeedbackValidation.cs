using Complaints.Intake.Policy;
using Complaints.Kernel.Errors;

namespace Complaints.Intake.Feedback;

/// <summary>What makes a compliment or feedback recordable, every field named at once; the lists are the profile's.</summary>
internal static class FeedbackValidation
{
    public static void Check(RecordFeedbackCommand command, FeedbackPolicy policy, DateTimeOffset latestAllowed)
    {
        var violations = new List<FieldViolation>();
        if (string.IsNullOrWhiteSpace(command.Kind))
            violations.Add(new FieldViolation("kind", $"must say what kind of feedback it is: {Kinds(policy)}"));
        else if (policy.Find(command.Kind.Trim()) is null)
            violations.Add(new FieldViolation("kind", $"'{command.Kind}' is not a kind the policy collects: {Kinds(policy)}"));
        if (command.Channel is null)
            violations.Add(new FieldViolation("channel", "must say how the feedback arrived"));
        if (string.IsNullOrWhiteSpace(command.Text))
            violations.Add(new FieldViolation("text", "must say what the resident told us"));
        if (string.IsNullOrWhiteSpace(command.ResidentReference) && !command.Anonymous)
            violations.Add(new FieldViolation("resident_reference", "must identify the resident (or mark the feedback anonymous)"));
        if (!string.IsNullOrWhiteSpace(command.ResidentReference) && command.Anonymous)
            violations.Add(new FieldViolation("resident_reference", "must be empty when the feedback is anonymous"));
        if (string.IsNullOrWhiteSpace(command.ServiceArea))
            violations.Add(new FieldViolation("service_area", $"must say which service it is about: {Areas(policy)}"));
        else if (!policy.ServiceAreas.Contains(command.ServiceArea.Trim(), StringComparer.Ordinal))
            violations.Add(new FieldViolation("service_area", $"'{command.ServiceArea}' is not one of the policy's service areas: {Areas(policy)}"));
        if (command.ReceivedAt is { } receivedAt && receivedAt > latestAllowed)
            violations.Add(new FieldViolation("received_at", "must not be in the future"));
        if (violations.Count > 0)
            throw new ValidationException(violations.ToArray());
    }

    private static string Kinds(FeedbackPolicy policy) => string.Join(", ", policy.Kinds.Select(k => k.Code));

    private static string Areas(FeedbackPolicy policy) => string.Join(", ", policy.ServiceAreas);
}
