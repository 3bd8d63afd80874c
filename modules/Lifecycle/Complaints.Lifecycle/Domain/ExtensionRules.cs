using Complaints.Kernel.Errors;
using Complaints.Lifecycle.Contracts;
using Complaints.Lifecycle.Policy;

namespace Complaints.Lifecycle.Domain;

/// <summary>
/// Whether a response deadline may move by the requested working days: within the policy's cap without the
/// resident's agreement, and within its overall cap with it. A refusal quotes the clause.
/// </summary>
internal static class ExtensionRules
{
    public static void Check(ComplaintStage stage, TransitionRequest request, IReadOnlyList<StageTransition> history, LifecyclePolicy policy)
    {
        if (request.ExtensionWorkingDays is not { } days || days < 1)
            throw new ValidationException(new FieldViolation("extension_working_days", "must be at least 1 for an extension"));
        if (string.IsNullOrWhiteSpace(request.Reason))
            throw new ValidationException(new FieldViolation("reason", "the resident must be told why the response is delayed"));
        var (stagePolicy, stageStart) = stage == ComplaintStage.Stage2Investigating
            ? (policy.Stage2, ComplaintTrigger.RequestEscalation)
            : (policy.Stage1, ComplaintTrigger.Accept);
        var since = history.LastOrDefault(t => t.Trigger == stageStart.ToString() || t.Trigger == nameof(ComplaintTrigger.RaiseComplaint))?.Id ?? 0;
        var used = history.Where(t => t.Id > since && t.Trigger == nameof(ComplaintTrigger.ExtendDeadline)).Sum(t => t.ExtensionWorkingDays ?? 0);
        var rules = stagePolicy.Extension;
        var agreed = request.ResidentAgreed == true;
        if (!agreed && (rules.AgreementAlwaysRequired || rules.WithoutAgreementWorkingDays is null))
            throw new RuleViolationException($"This policy extends a response only with the resident's agreement ({rules.Clause}).",
                "EXTENSION_NEEDS_AGREEMENT", Facts(stage, used, days, null, rules.Clause));
        if (!agreed && used + days > rules.WithoutAgreementWorkingDays)
            throw new RuleViolationException(
                $"Without the resident's agreement the response may move by at most {rules.WithoutAgreementWorkingDays} working days in all; " +
                $"{used} already used, {days} asked ({rules.Clause}).",
                "EXTENSION_ABOVE_CAP", Facts(stage, used, days, rules.WithoutAgreementWorkingDays, rules.Clause));
        if (agreed && rules.WithAgreementWorkingDays is { } cap && used + days > cap)
            throw new RuleViolationException(
                $"Even with agreement the response may move by at most {cap} working days in all; {used} already used, {days} asked ({rules.Clause}).",
                "EXTENSION_ABOVE_AGREED_CAP", Facts(stage, used, days, cap, rules.Clause));
    }

    /// <summary>The numbers behind a refusal, for the error's metadata.</summary>
    private static Dictionary<string, string> Facts(ComplaintStage stage, int used, int asked, int? cap, string clause) => new()
    {
        ["current_stage"] = stage.ToString(),
        ["working_days_used"] = used.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["working_days_asked"] = asked.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["working_days_cap"] = cap?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
        ["clause"] = clause,
    };
}
