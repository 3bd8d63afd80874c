using Microsoft.Extensions.Options;

namespace Complaints.Intake.Policy;

/// <summary>Refuses an <c>intake.feedback</c> section that could not classify what is recorded, listing every problem at start-up.</summary>
internal sealed class FeedbackPolicyValidator : IValidateOptions<IntakePolicy>
{
    public ValidateOptionsResult Validate(string? name, IntakePolicy policy)
    {
        var feedback = policy.Feedback;
        var errors = new List<string>();
        if (feedback.Kinds.Count == 0)
            errors.Add("intake.feedback.kinds must list at least one kind of compliment or feedback.");
        errors.AddRange(feedback.Kinds.Where(k => string.IsNullOrWhiteSpace(k.Code) || string.IsNullOrWhiteSpace(k.Description))
            .Select(_ => "intake.feedback.kinds: every kind needs a code and a description."));
        errors.AddRange(feedback.Kinds.GroupBy(k => k.Code, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => $"intake.feedback.kinds: code '{g.Key}' appears {g.Count()} times."));
        if (feedback.ServiceAreas.Count == 0)
            errors.Add("intake.feedback.serviceAreas must list at least one service area.");
        errors.AddRange(feedback.ServiceAreas.Where(string.IsNullOrWhiteSpace).Select(_ => "intake.feedback.serviceAreas: a service area is blank."));
        errors.AddRange(feedback.ServiceAreas.GroupBy(a => a, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => $"intake.feedback.serviceAreas: '{g.Key}' appears {g.Count()} times."));
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
