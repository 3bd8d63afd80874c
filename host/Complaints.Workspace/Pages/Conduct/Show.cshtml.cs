using Complaints.SystemApi.V1;
using Complaints.VexatiousBehaviour.Api.V1;
using Complaints.Workspace.Api;
using Microsoft.AspNetCore.Mvc;

namespace Complaints.Workspace.Pages;

/// <summary>
/// A conduct case: incidents, warnings and restrictions; and the panel deciding a restriction. The quorum the profile
/// asks for is shown and counted live as members are ticked (a member with a conflict of interest does not count); the
/// Equality Act, vulnerability and proportionality considerations and the permitted route are asked for. The API is
/// what decides: it refuses a decision without a quorum or a consideration, naming what is missing.
/// </summary>
public sealed class ConductCaseModel : WorkspacePage
{
    public const int PanelRows = 5;

    public static readonly (RestrictionType Type, string Words)[] Types =
    [
        (RestrictionType.SinglePointOfContact, "A single point of contact"), (RestrictionType.WrittenContactOnly, "Written contact only"),
        (RestrictionType.LimitedCalls, "Limited calls"), (RestrictionType.NoVisits, "No visits to our offices"),
        (RestrictionType.AnswerOnlyNewMatters, "Answer new matters only"),
    ];

    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    [BindProperty]
    public DecisionForm Decision { get; set; } = new();

    public ConductCase? Case { get; private set; }

    public int Quorum { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        Decision.Panel = [new PanelRow { Sits = true, Id = Person.Id, Name = Person.Name }, .. Enumerable.Range(1, PanelRows - 1).Select(_ => new PanelRow())];
        return await LoadAsync() ? Page() : Unavailable();
    }

    public async Task<IActionResult> OnPostDecideAsync()
    {
        var request = new DecideRestrictionRequest
        {
            CaseId = Id, Type = Types.FirstOrDefault(t => t.Type.ToString() == Decision.Type).Type, PermittedRoute = Decision.PermittedRoute?.Trim() ?? "",
            Details = Decision.Details?.Trim() ?? "", EndsOn = Decision.EndsOn?.Trim() ?? "", ImmediateRisk = Decision.ImmediateRisk?.Trim() ?? "",
            VulnerabilityConsideration = Decision.Vulnerability?.Trim() ?? "", EqualityActConsideration = Decision.EqualityAct?.Trim() ?? "",
            AdvocateOffered = Decision.AdvocateOffered, Proportionality = Decision.Proportionality?.Trim() ?? "", Letter = Decision.Letter?.Trim() ?? "",
        };
        request.Panel.AddRange(Decision.Panel.Where(m => m.Sits && !string.IsNullOrWhiteSpace(m.Name))
            .Select(m => new PanelMember { Id = (m.Id ?? m.Name!).Trim(), Name = m.Name!.Trim(), ConflictOfInterest = m.Conflict?.Trim() ?? "" }));
        if (!string.IsNullOrWhiteSpace(Decision.ReasonableAdjustment))
            request.ReasonableAdjustments.Add(Decision.ReasonableAdjustment.Trim());
        if (await TryAsync(() => Api.Conduct.DecideRestrictionAsync(request).ResponseAsync))
        {
            Done = "Restriction decided";
            return Redirect($"/workspace/conduct/{Id}");
        }
        return await LoadAsync() ? Page() : Unavailable();
    }

    [BindProperty]
    public FollowUpForm FollowUp { get; set; } = new();

    /// <summary>A review of a restriction in force: continue it, extend it to a new end, or lift it.</summary>
    public Task<IActionResult> OnPostReviewAsync(long restrictionId) => FollowUpAsync(() => Api.Conduct.ReviewRestrictionAsync(new ReviewRestrictionRequest
    {
        RestrictionId = restrictionId, Reasons = FollowUp.Reasons?.Trim() ?? "", NewEndsOn = FollowUp.NewEndsOn?.Trim() ?? "", Letter = FollowUp.Letter?.Trim() ?? "",
        Outcome = FollowUp.Outcome switch { "continue" => ReviewOutcome.Continue, "extend" => ReviewOutcome.Extend, "lift" => ReviewOutcome.Lift, _ => ReviewOutcome.Unspecified },
    }).ResponseAsync, "Review recorded");

    /// <summary>The resident's appeal against a restriction, for the appeals officer to decide.</summary>
    public Task<IActionResult> OnPostAppealAsync(long restrictionId) => FollowUpAsync(() => Api.Conduct.RecordAppealAsync(new RecordAppealRequest
    {
        RestrictionId = restrictionId, Grounds = FollowUp.Reasons?.Trim() ?? "",
    }).ResponseAsync, "Appeal recorded");

    /// <summary>The appeals officer's decision: upheld (the restriction is lifted) or dismissed.</summary>
    public Task<IActionResult> OnPostDecideAppealAsync(long appealId) => FollowUpAsync(() => Api.Conduct.DecideAppealAsync(new DecideAppealRequest
    {
        AppealId = appealId, Reasons = FollowUp.Reasons?.Trim() ?? "", Letter = FollowUp.Letter?.Trim() ?? "",
        Outcome = FollowUp.Outcome switch { "upheld" => AppealOutcome.Upheld, "dismissed" => AppealOutcome.Dismissed, _ => AppealOutcome.Unspecified },
    }).ResponseAsync, "Appeal decided");

    [BindProperty]
    public IncidentForm Incident { get; set; } = new();

    public static readonly (Behaviour Behaviour, string Words)[] Behaviours =
    [
        (Behaviour.AbusiveOrThreateningLanguage, "Abusive or threatening language"), (Behaviour.ExcessiveContact, "Excessive contact"),
        (Behaviour.UnsubstantiatedAllegations, "Unsubstantiated allegations"), (Behaviour.RefusingToAcceptDecisions, "Refusing to accept decisions"),
        (Behaviour.RefusingToCooperate, "Refusing to co-operate"),
    ];

    public static readonly (ContactChannel Channel, string Words)[] Channels =
    [
        (ContactChannel.Phone, "Phone"), (ContactChannel.Email, "Email"), (ContactChannel.Letter, "Letter"), (ContactChannel.InPerson, "In person"),
        (ContactChannel.SocialMedia, "Social media"),
    ];

    /// <summary>An incident of the behaviour: when, on which channel, what happened, and where the evidence is.</summary>
    public Task<IActionResult> OnPostIncidentAsync() => FollowUpAsync(() => Api.Conduct.RecordIncidentAsync(new RecordIncidentRequest
    {
        CaseId = Id, Description = Incident.Description?.Trim() ?? "", Evidence = Incident.Evidence?.Trim() ?? "",
        Channel = Channels.FirstOrDefault(c => c.Channel.ToString() == Incident.Channel).Channel,
        Behaviour = Behaviours.FirstOrDefault(b => b.Behaviour.ToString() == Incident.Behaviour).Behaviour,
    }).ResponseAsync, "Incident recorded");

    /// <summary>A warning about the behaviour, informal or formal, with its consequences and letter.</summary>
    public Task<IActionResult> OnPostWarningAsync()
    {
        var request = new IssueWarningRequest
        {
            CaseId = Id, Consequences = Incident.Description?.Trim() ?? "", Letter = Incident.Evidence?.Trim() ?? "",
            Level = Incident.Level == "formal" ? WarningLevel.Formal : WarningLevel.Informal,
        };
        if (Behaviours.FirstOrDefault(b => b.Behaviour.ToString() == Incident.Behaviour).Behaviour is var behaviour and not Behaviour.Unspecified)
            request.Behaviours.Add(behaviour);
        return FollowUpAsync(() => Api.Conduct.IssueWarningAsync(request).ResponseAsync, "Warning issued");
    }

    private async Task<IActionResult> FollowUpAsync(Func<Task> call, string banner)
    {
        if (await TryAsync(call))
        {
            Done = banner;
            return Redirect($"/workspace/conduct/{Id}");
        }
        Decision.Panel = [new PanelRow { Sits = true, Id = Person.Id, Name = Person.Name }, .. Enumerable.Range(1, PanelRows - 1).Select(_ => new PanelRow())];
        return await LoadAsync() ? Page() : Unavailable();
    }

    private async Task<bool> LoadAsync() => await TryAsync(async () =>
    {
        Case = (await Api.Conduct.GetConductCaseAsync(new GetConductCaseRequest { CaseId = Id })).ConductCase;
        var profile = await Api.System.GetPolicyProfileAsync(new GetPolicyProfileRequest());
        Quorum = PanelQuorum(profile.ProfileJson);
    });

    private static int PanelQuorum(string profileJson)
    {
        using var profile = System.Text.Json.JsonDocument.Parse(profileJson);
        return profile.RootElement.EnumerateObject().FirstOrDefault(p => p.NameEquals("vexatiousBehaviour")).Value is { ValueKind: System.Text.Json.JsonValueKind.Object } section
            && section.TryGetProperty("panelQuorum", out var quorum) ? quorum.GetInt32() : 1;
    }

    public sealed class DecisionForm
    {
        public List<PanelRow> Panel { get; set; } = [];

        public string? Type { get; set; }

        public string? PermittedRoute { get; set; }

        public string? Details { get; set; }

        public string? EndsOn { get; set; }

        public string? ImmediateRisk { get; set; }

        public string? Vulnerability { get; set; }

        public string? EqualityAct { get; set; }

        public string? ReasonableAdjustment { get; set; }

        public bool AdvocateOffered { get; set; }

        public string? Proportionality { get; set; }

        public string? Letter { get; set; }
    }

    public sealed class PanelRow
    {
        public bool Sits { get; set; }

        public string? Id { get; set; }

        public string? Name { get; set; }

        public string? Conflict { get; set; }
    }

    /// <summary>A review, an appeal or an appeal's decision: one form's fields.</summary>
    public sealed class FollowUpForm
    {
        public string? Outcome { get; set; }

        public string? Reasons { get; set; }

        public string? NewEndsOn { get; set; }

        public string? Letter { get; set; }
    }

    /// <summary>An incident, or a warning (its consequences in <see cref="Description"/>, its letter in <see cref="Evidence"/>).</summary>
    public sealed class IncidentForm
    {
        public string? Channel { get; set; }

        public string? Behaviour { get; set; }

        public string? Level { get; set; }

        public string? Description { get; set; }

        public string? Evidence { get; set; }
    }
}
