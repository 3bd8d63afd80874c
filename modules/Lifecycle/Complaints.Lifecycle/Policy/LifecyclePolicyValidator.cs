using Microsoft.Extensions.Options;

namespace Complaints.Lifecycle.Policy;

/// <summary>Refuses a lifecycle section that could not drive the clocks, listing every problem at start-up.</summary>
internal sealed class LifecyclePolicyValidator : IValidateOptions<LifecyclePolicy>
{
    public ValidateOptionsResult Validate(string? name, LifecyclePolicy policy)
    {
        var errors = new List<string>();
        if (policy.DueSoonWorkingDays < 1)
            errors.Add("lifecycle.dueSoonWorkingDays must be at least 1.");
        Stage("stage1", policy.Stage1, ClockStart.Receipt, errors);
        Stage("stage2", policy.Stage2, ClockStart.EscalationRequest, errors);
        if (policy.Escalation.WindowWorkingDays is < 1)
            errors.Add("lifecycle.escalation.windowWorkingDays must be at least 1 when given.");
        if (policy.AutoCloseNoReplyWorkingDays is < 1)
            errors.Add("lifecycle.autoCloseNoReplyWorkingDays must be at least 1 when given.");
        if (policy.InformalResolution is { WorkingDays: null, SameDay: false })
            errors.Add("lifecycle.informalResolution needs workingDays or sameDay.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void Stage(string name, StagePolicy stage, ClockStart acknowledgementStart, List<string> errors)
    {
        if (stage.Acknowledge.WorkingDays < 1)
            errors.Add($"lifecycle.{name}.acknowledge.workingDays must be at least 1.");
        if (stage.Acknowledge.From != acknowledgementStart)
            errors.Add($"lifecycle.{name}.acknowledge.from must be {acknowledgementStart}.");
        if (stage.Respond.WorkingDays < 1)
            errors.Add($"lifecycle.{name}.respond.workingDays must be at least 1.");
        if (stage.Respond.From is not (ClockStart.Acknowledgement or ClockStart.Receipt or ClockStart.EscalationRequest))
            errors.Add($"lifecycle.{name}.respond.from is not a clock start.");
        foreach (var (field, clause) in new[] { ("acknowledge", stage.Acknowledge.Clause), ("respond", stage.Respond.Clause) })
        {
            if (string.IsNullOrWhiteSpace(clause))
                errors.Add($"lifecycle.{name}.{field}.clause must quote the policy clause the number comes from.");
        }
        var extension = stage.Extension;
        if (extension.WithoutAgreementWorkingDays is < 0 || extension.WithAgreementWorkingDays is < 0)
            errors.Add($"lifecycle.{name}.extension caps must not be negative.");
        if (extension is { WithoutAgreementWorkingDays: { } alone, WithAgreementWorkingDays: { } agreed } && agreed < alone)
            errors.Add($"lifecycle.{name}.extension.withAgreementWorkingDays ({agreed}) is less than withoutAgreementWorkingDays ({alone}).");
    }
}
