using Complaints.Hazards.Policy;
using Complaints.Kernel.Errors;

namespace Complaints.Hazards.Report;

/// <summary>Whether the regulations reach a hazard: the tenancy's tenure, and the kind prescribed for its category on the day.</summary>
internal static class HazardRules
{
    public const string NotInScope = "HAZARD_NOT_IN_SCOPE";

    /// <summary>
    /// An empty tenure is not yet known: the clocks run until it is (the safe side). "social-rent", "social_rent" and
    /// "SocialRent" are one tenure: officers type the first, the housing management system's contract names the last.
    /// </summary>
    public static bool TenureApplies(HazardsPolicy policy, string? tenure) =>
        string.IsNullOrWhiteSpace(tenure) || policy.AppliesToTenures.Any(t => Plain(t) == Plain(tenure));

    private static string Plain(string tenure) => new([.. tenure.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);

    public static void EnsureInScope(HazardsPolicy policy, string? tenure, string kind, bool emergency, DateOnly awareOn)
    {
        if (!TenureApplies(policy, tenure))
            throw new RuleViolationException(
                $"The regulations apply to {string.Join(", ", policy.AppliesToTenures)} tenancies, not '{tenure!.Trim()}' ({policy.TenuresRegulation}).",
                NotInScope, new Dictionary<string, string> { ["tenure"] = tenure.Trim(), ["appliesTo"] = string.Join(",", policy.AppliesToTenures) });
        var known = policy.Kinds.FirstOrDefault(k => k.Code == kind)
            ?? throw new ValidationException(new FieldViolation("kind", $"must be one of the profile's kinds: {string.Join(", ", policy.Kinds.Select(k => k.Code))}"));
        var from = emergency ? known.EmergencyFrom : known.SignificantFrom;
        if (from is null || from > awareOn)
        {
            var category = emergency ? "an emergency" : "a significant";
            var when = from is null ? "is not yet prescribed" : $"is prescribed only from {from:yyyy-MM-dd}";
            var prescribed = policy.Kinds.Where(k => (emergency ? k.EmergencyFrom : k.SignificantFrom) <= awareOn).Select(k => k.Code);
            throw new RuleViolationException($"'{kind}' as {category} hazard {when}; on {awareOn:yyyy-MM-dd} the prescribed kinds are: {string.Join(", ", prescribed)}.",
                NotInScope, new Dictionary<string, string> { ["kind"] = kind, ["category"] = emergency ? "EMERGENCY" : "SIGNIFICANT" });
        }
    }
}
