using Microsoft.Extensions.Options;

namespace Complaints.Intake.Policy;

/// <summary>Refuses an intake section that could not decide acceptance, listing every problem at start-up.</summary>
internal sealed class IntakePolicyValidator : IValidateOptions<IntakePolicy>
{
    private static readonly string[] AnonymousHandling = ["NotStated", "Decline", "ManagerDiscretion", "ConsiderOnMerit"];
    private static readonly string[] MpHandling = ["NotStated", "Complaint", "Correspondence", "Representative", "DesignatedPerson"];
    private static readonly string[] Consent = ["NotStated", "Confirmed", "Consent", "WrittenConsent"];
    private static readonly string[] Exceptions = ["Safeguarding", "HealthAndSafety", "Exceptional"];

    public ValidateOptionsResult Validate(string? name, IntakePolicy policy)
    {
        var errors = new List<string>();
        if (policy.Acceptance.WindowMonths < 1)
            errors.Add("intake.acceptance.windowMonths must be at least 1.");
        errors.AddRange(policy.Acceptance.Exceptions.Except(Exceptions)
            .Select(e => $"intake.acceptance.exceptions: '{e}' is not one of {string.Join(", ", Exceptions)}."));
        if (policy.ExclusionReasons.Count == 0)
            errors.Add("intake.exclusionReasons must list at least one reason (the Code's own: legal proceedings, already considered, over the time limit).");
        errors.AddRange(policy.ExclusionReasons.GroupBy(r => r.Code).Where(g => g.Count() > 1)
            .Select(g => $"intake.exclusionReasons: code '{g.Key}' appears {g.Count()} times."));
        errors.AddRange(policy.ExclusionReasons.Where(r => string.IsNullOrWhiteSpace(r.Code) || string.IsNullOrWhiteSpace(r.Description))
            .Select(_ => "intake.exclusionReasons: every reason needs a code and a description."));
        if (policy.ComplaintCategories.Count == 0)
            errors.Add("intake.complaintCategories must list at least one category (code and description).");
        errors.AddRange(policy.ComplaintCategories.GroupBy(c => c.Code).Where(g => g.Count() > 1)
            .Select(g => $"intake.complaintCategories: code '{g.Key}' appears {g.Count()} times."));
        errors.AddRange(policy.ComplaintCategories.Where(c => string.IsNullOrWhiteSpace(c.Code) || string.IsNullOrWhiteSpace(c.Description))
            .Select(_ => "intake.complaintCategories: every category needs a code and a description."));
        OneOf("intake.anonymous.handling", policy.Anonymous.Handling, AnonymousHandling, errors);
        OneOf("intake.mpOrCouncillor.handling", policy.MpOrCouncillor.Handling, MpHandling, errors);
        OneOf("intake.representatives.consent", policy.Representatives.Consent, Consent, errors);
        var codes = policy.ExclusionReasons.Select(r => r.Code).ToHashSet();
        if (!codes.Contains(policy.Acceptance.ExclusionReasonCode))
            errors.Add($"intake.acceptance.exclusionReasonCode '{policy.Acceptance.ExclusionReasonCode}' is not one of the exclusion reasons.");
        if (policy.Anonymous.Handling == "Decline" && !codes.Contains(policy.Anonymous.ExclusionReasonCode ?? ""))
            errors.Add("intake.anonymous.exclusionReasonCode must name one of the exclusion reasons when anonymous complaints are declined.");
        if (policy.Anonymous.ExclusionReasonCode is { } anonymousCode && !codes.Contains(anonymousCode))
            errors.Add($"intake.anonymous.exclusionReasonCode '{anonymousCode}' is not one of the exclusion reasons.");
        if (policy.MpOrCouncillor is { Handling: "Correspondence", ReplyWorkingDays: null or < 1 })
            errors.Add("intake.mpOrCouncillor.replyWorkingDays is needed when MP letters are handled as correspondence.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void OneOf(string field, string value, string[] allowed, List<string> errors)
    {
        if (!allowed.Contains(value))
            errors.Add($"{field}: '{value}' is not one of {string.Join(", ", allowed)}.");
    }
}
