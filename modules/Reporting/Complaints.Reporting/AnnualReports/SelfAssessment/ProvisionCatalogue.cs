using System.Text.Json;

namespace Complaints.Reporting.AnnualReports.SelfAssessment;

/// <summary>
/// The Code's provisions the self-assessment answers, read once from <c>code-2024-provisions.json</c> (embedded): the
/// Code is the same for every landlord, so this is data beside the code rather than a policy profile. A new Code is a
/// new file.
/// </summary>
internal static class ProvisionCatalogue
{
    private const string Resource = "Complaints.Reporting.AnnualReports.SelfAssessment.code-2024-provisions.json";

    private static readonly Lazy<Catalogue> Loaded = new(Load);

    /// <summary>The Code the provisions come from, as the report names it.</summary>
    public static string Code => Loaded.Value.Code;

    /// <summary>The caveat that the requirements are summaries, printed above the table.</summary>
    public static string Note => Loaded.Value.Note;

    public static IReadOnlyList<CodeProvision> Provisions => Loaded.Value.Provisions;

    public static CodeProvision? Find(string id) => Provisions.FirstOrDefault(p => p.Id == id);

    private static Catalogue Load()
    {
        using var stream = typeof(ProvisionCatalogue).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The embedded resource {Resource} is missing.");
        return JsonSerializer.Deserialize<Catalogue>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidOperationException($"{Resource} is empty.");
    }

    private sealed record Catalogue(string Code, string Note, IReadOnlyList<CodeProvision> Provisions);
}
