using Microsoft.Extensions.Options;

namespace Complaints.Reporting.Policy;

/// <summary>Refuses a reporting section whose counting rules could not be picked by year, at start-up.</summary>
internal sealed class ReportingPolicyValidator : IValidateOptions<ReportingPolicy>
{
    public ValidateOptionsResult Validate(string? name, ReportingPolicy policy)
    {
        var errors = new List<string>();
        if (policy.Learning.RepeatWindowDays <= 0 || string.IsNullOrWhiteSpace(policy.Learning.Clause))
            errors.Add("reporting.learning must give repeatWindowDays (at least 1) and the clause it comes from.");
        if (policy.TsmCountingRules.Count == 0)
            errors.Add("reporting.tsmCountingRules must give at least one rule (fromReportingYear, the three flags and the clause).");
        errors.AddRange(policy.TsmCountingRules.GroupBy(r => r.FromReportingYear).Where(g => g.Count() > 1)
            .Select(g => $"reporting.tsmCountingRules: two rules start in reporting year {g.Key}."));
        errors.AddRange(policy.TsmCountingRules.Where(r => string.IsNullOrWhiteSpace(r.Clause))
            .Select(r => $"reporting.tsmCountingRules from {r.FromReportingYear} must quote its clause."));
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
