using Microsoft.Extensions.Options;

namespace Complaints.Hazards.Policy;

/// <summary>A profile's hazards section must give every timescale in the unit the law counts it in, with its regulation.</summary>
internal sealed class HazardsPolicyValidator : IValidateOptions<HazardsPolicy>
{
    public ValidateOptionsResult Validate(string? name, HazardsPolicy options)
    {
        var failures = new List<string>();
        Unit(failures, "emergency.investigate", options.Emergency.Investigate, d => d.Hours);
        Unit(failures, "emergency.makeSafe", options.Emergency.MakeSafe, d => d.Hours);
        Unit(failures, "significant.investigate", options.Significant.Investigate, d => d.WorkingDays);
        Unit(failures, "significant.summary", options.Significant.Summary, d => d.WorkingDays);
        Unit(failures, "significant.safetyWork", options.Significant.SafetyWork, d => d.WorkingDays);
        Unit(failures, "significant.furtherWorkBegin", options.Significant.FurtherWorkBegin, d => d.WorkingDays);
        Unit(failures, "significant.furtherWorkPhysicalStart", options.Significant.FurtherWorkPhysicalStart, d => d.Weeks);
        if (options.AppliesToTenures.Count == 0)
            failures.Add("hazards.appliesToTenures must name the tenures the regulations apply to.");
        if (options.Kinds.Count == 0 || options.Kinds.Any(k => string.IsNullOrWhiteSpace(k.Code)))
            failures.Add("hazards.kinds must list the hazard kinds, each with a code.");
        if (!options.Kinds.Any(k => k.Code == options.FromComplaint.UnassessedKind))
            failures.Add($"hazards.fromComplaint.unassessedKind '{options.FromComplaint.UnassessedKind}' is not one of hazards.kinds.");
        if (options.FromComplaint.Flags.Any(f => !Enum.TryParse<Contracts.HazardFlags>(f, out _)))
            failures.Add("hazards.fromComplaint.flags may name only Hazard, HealthAndSafety and Safeguarding.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Unit(List<string> failures, string path, HazardDeadline deadline, Func<HazardDeadline, int?> expected)
    {
        var units = new[] { deadline.Hours, deadline.WorkingDays, deadline.Weeks }.Count(u => u is not null);
        if (units != 1 || expected(deadline) is not > 0)
            failures.Add($"hazards.{path} must give one positive number in the unit the regulation counts.");
        if (string.IsNullOrWhiteSpace(deadline.Regulation))
            failures.Add($"hazards.{path} must name its regulation.");
    }
}
