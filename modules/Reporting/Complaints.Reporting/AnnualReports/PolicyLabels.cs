using System.Text.RegularExpressions;
using Complaints.Investigation.Contracts;
using Complaints.Kernel.Policy;
using Microsoft.Extensions.Configuration;

namespace Complaints.Reporting.AnnualReports;

/// <summary>
/// Words for the codes the events carry: the policy profile's own descriptions of its categories, exclusion reasons,
/// themes, root causes and hazard kinds (the landlord's document, read as it is, never another module's tables), and plain English
/// for channels and outcomes. A code the profile no longer lists is shown as the code.
/// </summary>
internal sealed partial class PolicyLabels(PolicyProfile profile)
{
    private readonly Lazy<IReadOnlyDictionary<string, string>> categories = new(() => Descriptions(profile.Section("intake:complaintCategories")));
    private readonly Lazy<IReadOnlyDictionary<string, string>> exclusionReasons = new(() => Descriptions(profile.Section("intake:exclusionReasons")));
    private readonly Lazy<IReadOnlyDictionary<string, string>> themes = new(() => Descriptions(profile.Section("investigation:learning:themes")));
    private readonly Lazy<IReadOnlyDictionary<string, string>> rootCauses = new(() => Descriptions(profile.Section("investigation:learning:rootCauses")));
    private readonly Lazy<IReadOnlyDictionary<string, string>> hazardKinds = new(() => Descriptions(profile.Section("hazards:kinds"), "name"));

    /// <summary>The landlord as its letters name it (the profile's letterhead).</summary>
    public string Landlord => profile.Section("investigation:letterhead:landlord").Value is { Length: > 0 } name ? name : profile.Name;

    public string Category(string? code) => code is null ? "Not categorised" : categories.Value.GetValueOrDefault(code, code);

    public string ExclusionReason(string? code) => code is null ? "No reason recorded" : exclusionReasons.Value.GetValueOrDefault(code, code);

    public string Theme(string code) => themes.Value.GetValueOrDefault(code, code);

    public string RootCause(string code) => rootCauses.Value.GetValueOrDefault(code, code);

    public string HazardKind(string code) => hazardKinds.Value.GetValueOrDefault(code, code);

    /// <summary>"DistressAndInconvenience" → "Distress and inconvenience": enum names the contracts carry, in words.</summary>
    public static string Words(string name) =>
        CapitalBoundary().Replace(name, " $1").Trim() is { Length: > 0 } spaced ? char.ToUpperInvariant(spaced[0]) + spaced[1..].ToLowerInvariant() : name;

    /// <summary>"LiveChat" → "Live chat"; the channel names are the API's.</summary>
    public static string Channel(string? code) => code is null ? "Not recorded" : Words(code);

    public static string Outcome(ResponseOutcome outcome) => outcome switch
    {
        ResponseOutcome.Upheld => "upheld",
        ResponseOutcome.PartlyUpheld => "partly upheld",
        _ => "not upheld",
    };

    private static Dictionary<string, string> Descriptions(IConfigurationSection list, string wordsKey = "description") =>
        list.GetChildren().Where(c => c["code"] is not null)
            .ToDictionary(c => c["code"]!, c => c[wordsKey] ?? c["code"]!, StringComparer.Ordinal);

    [GeneratedRegex("(?<!^)([A-Z])")]
    private static partial Regex CapitalBoundary();
}
