using System.Text;
using System.Text.Json;

namespace Complaints.Lifecycle.Tests.Conformance;

/// <summary>The README's table of policy numbers, generated from the shipped profile files.</summary>
public static class ProfileTable
{
    public const string Start = "<!-- profile-table:start (generated from host/Complaints.Host/PolicyProfiles; see ProfileTableTests) -->";
    public const string End = "<!-- profile-table:end -->";

    private static readonly (string Label, Func<JsonElement, string> Value)[] Rows =
    [
        ("stage 1 acknowledge", p => Deadline(p, "lifecycle", "stage1", "acknowledge")),
        ("stage 1 respond", p => Deadline(p, "lifecycle", "stage1", "respond")),
        ("stage 1 extension (alone / with agreement)", p => Extension(p, "stage1")),
        ("escalation window", p => Days(Get(p, "lifecycle", "escalation", "windowWorkingDays"))),
        ("stage 2 acknowledge", p => Deadline(p, "lifecycle", "stage2", "acknowledge")),
        ("stage 2 respond", p => Deadline(p, "lifecycle", "stage2", "respond")),
        ("stage 2 extension (alone / with agreement)", p => Extension(p, "stage2")),
        ("closes with no reply", p => Days(Get(p, "lifecycle", "autoCloseNoReplyWorkingDays"))),
        ("early resolution in stage 1", p => Informal(Get(p, "lifecycle", "informalResolution"))),
        ("building-safety route", p => Get(p, "lifecycle", "buildingSafetyRoute") is { ValueKind: JsonValueKind.Object } r ? r.GetProperty("to").GetString()! : "—"),
        ("accepted if within", p => Acceptance(Get(p, "intake", "acceptance"))),
        ("anonymous", p => Get(p, "intake", "anonymous", "handling").GetString()!),
        ("MP / councillor", p => Get(p, "intake", "mpOrCouncillor", "handling").GetString()!),
        ("stage 2 reviewer", p => Reviewer(Get(p, "investigation", "stage2Reviewer"))),
        ("contact targets", p => ContactTargets(Get(p, "investigation", "contactTargets"))),
        ("mediation at any stage", p => Get(p, "investigation", "mediation", "atAnyStage").GetBoolean() ? "yes" : "—"),
        ("award approval limits", p => Limits(Get(p, "compensation", "authorityLimits"))),
        ("awards set against arrears", p => Get(p, "compensation", "rentArrearsOffset", "allowed").GetBoolean() ? "with agreement" : "—"),
        ("before a contact restriction", p => $"{Get(p, "vexatiousBehaviour", "warningBeforeRestriction").GetString()!.ToLowerInvariant()} warning; panel of {Get(p, "vexatiousBehaviour", "panelQuorum").GetInt32()}"),
        ("Ombudsman evidence due", p => Get(p, "ombudsmanLiaison", "evidenceRequestWorkingDays") is { ValueKind: JsonValueKind.Number } days ? $"{days.GetInt32()} wd" : "as the request states"),
        ("restriction review / longest", p => $"{Review(Get(p, "vexatiousBehaviour", "review"))} / {Get(p, "vexatiousBehaviour", "maximumDurationMonths").GetInt32()} months"),
        ("personal data kept after conclusion (complaints / conduct cases)",
            p => $"{Get(p, "retention", "complaints", "yearsAfterConclusion").GetInt32()} / {Get(p, "retention", "conductCases", "yearsAfterConclusion").GetInt32()} years"),
        ("repeat complaints about one home", p => $"{Get(p, "housingSystem", "repeatComplaints", "minimumComplaints").GetInt32()} within {Get(p, "housingSystem", "repeatComplaints", "windowDays").GetInt32()} days"),
    ];

    public static string Generate(IReadOnlyList<string> ids)
    {
        var profiles = ids.Select(id => JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "PolicyProfiles", id + ".json"))).RootElement).ToList();
        var table = new StringBuilder();
        table.Append("| rule | ").AppendJoin(" | ", ids).AppendLine(" |");
        table.Append("|---|").AppendJoin("", ids.Select(_ => "---|")).AppendLine();
        foreach (var (label, value) in Rows)
            table.Append("| ").Append(label).Append(" | ").AppendJoin(" | ", profiles.Select(value)).AppendLine(" |");
        return table.ToString().TrimEnd();
    }

    private static JsonElement Get(JsonElement element, params string[] path) =>
        path.Aggregate(element, (current, name) => current.TryGetProperty(name, out var next) ? next : default);

    private static string Days(JsonElement value) => value.ValueKind == JsonValueKind.Number ? $"{value.GetInt32()} wd" : "—";

    private static string Deadline(JsonElement profile, params string[] path)
    {
        var deadline = Get(profile, path);
        return $"{deadline.GetProperty("workingDays").GetInt32()} wd from {Words(deadline.GetProperty("from").GetString()!)}";
    }

    private static string Extension(JsonElement profile, string stage)
    {
        var extension = Get(profile, "lifecycle", stage, "extension");
        var agreement = extension.GetProperty("agreementAlwaysRequired").GetBoolean() ? "agreement needed; " : "";
        return $"{agreement}{Days(extension.GetProperty("withoutAgreementWorkingDays"))} / {Days(extension.GetProperty("withAgreementWorkingDays"))}";
    }

    private static string Informal(JsonElement value) =>
        value.ValueKind != JsonValueKind.Object ? "—"
        : $"{value.GetProperty("name").GetString()}: " + (value.GetProperty("sameDay").GetBoolean() ? "same day" : Days(value.GetProperty("workingDays")));

    private static string Acceptance(JsonElement acceptance)
    {
        var exceptions = acceptance.GetProperty("exceptions").EnumerateArray().Select(e => e.GetString()).ToList();
        return $"{acceptance.GetProperty("windowMonths").GetInt32()} months of {Words(acceptance.GetProperty("measuredFrom").GetString()!)}"
            + (exceptions.Count == 0 ? "" : $" (except {string.Join(", ", exceptions)})");
    }

    private static string Reviewer(JsonElement reviewer) =>
        reviewer.GetProperty("role").GetString()
        + (reviewer.GetProperty("minimumSeniority").GetString() is { } seniority ? $" ({Words(seniority)} or above)" : "")
        + (reviewer.GetProperty("independentOfServiceArea").GetBoolean() ? ", independent of the service complained about" : "");

    private static string ContactTargets(JsonElement targets) =>
        targets.ValueKind != JsonValueKind.Array || targets.GetArrayLength() == 0 ? "—"
        : string.Join("; ", targets.EnumerateArray().Select(t =>
            $"{t.GetProperty("name").GetString()} {(t.TryGetProperty("hours", out var hours) ? $"{hours.GetInt32()} h" : Days(t.GetProperty("workingDays")))}"));

    private static string Limits(JsonElement limits) => string.Join(", ", limits.EnumerateArray().Select(l =>
        l.GetProperty("upToPence") is { ValueKind: JsonValueKind.Number } pence ? $"{l.GetProperty("role").GetString()} £{pence.GetInt64() / 100:N0}" : $"{l.GetProperty("role").GetString()} any"));

    private static string Review(JsonElement review) =>
        review.TryGetProperty("months", out var months) ? $"every {months.GetInt32()} months" : $"every {Days(review.GetProperty("workingDays"))}";

    private static string Words(string pascal) => pascal switch
    {
        "OccurredOrAware" => "happening or awareness",
        "Occurred" => "happening",
        "EscalationRequest" => "escalation",
        "SeniorManager" => "senior manager",
        "HeadOfService" => "head of service",
        _ => pascal.ToLowerInvariant(),
    };
}
