using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.VexatiousBehaviour.Api.V1;
using static Complaints.EndToEnd.Tests.Infrastructure.ConductMethods;

namespace Complaints.EndToEnd.Tests.VexatiousBehaviour;

/// <summary>Conduct cases for tests: a case with an incident and a formal warning, and a complete panel decision.</summary>
public static class ConductData
{
    public static readonly PanelMember[] Panel =
    [
        new() { Id = "pat.chair", Name = "Pat Chair" },
        new() { Id = "ron.member", Name = "Ron Member" },
        new() { Id = "val.member", Name = "Val Member" },
    ];

    public static async Task<ConductCase> WarnedCaseAsync(RunningHost host, string resident, WarningLevel level = WarningLevel.Formal)
    {
        var opened = (await host.Conduct.OpenConductCaseAsync(new OpenConductCaseRequest
        {
            ResidentReference = resident, Summary = "Abusive calls to the repairs team",
        }, As("cara.caseworker")).ResponseAsync).ConductCase;
        await host.Conduct.RecordIncidentAsync(new RecordIncidentRequest
        {
            CaseId = opened.Id, Channel = ContactChannel.Phone, Behaviour = Behaviour.AbusiveOrThreateningLanguage,
            Description = "Shouted and swore at the call handler", Evidence = "Call recording 2026-11-02 10:14",
        }, As("cara.caseworker")).ResponseAsync;
        var warning = new IssueWarningRequest
        {
            CaseId = opened.Id, Level = level, Consequences = "Contact may be limited to writing", Letter = level == WarningLevel.Formal ? "Letter WL-1" : "",
        };
        warning.Behaviours.Add(Behaviour.AbusiveOrThreateningLanguage);
        return (await host.Conduct.IssueWarningAsync(warning, As("cara.caseworker")).ResponseAsync).ConductCase;
    }

    public static DecideRestrictionRequest Decision(long caseId, RestrictionType type, string endsOn, string startsOn = "")
    {
        var request = new DecideRestrictionRequest
        {
            CaseId = caseId, Type = type, PermittedRoute = "Write to Sam Lee, Customer Resolution Manager, or email sam.lee@landlord.example",
            Details = "one call a week, up to 15 minutes", StartsOn = startsOn, EndsOn = endsOn,
            VulnerabilityConsideration = "No disability or illness known; checked the tenancy file and with the housing officer",
            EqualityActConsideration = "No protected characteristic engaged by written contact; large print offered",
            AdvocateOffered = true, Proportionality = "Calls only were abusive; writing keeps every route to us open", Letter = "Letter RD-1",
        };
        request.Panel.AddRange(Panel.Select(m => m.Clone())); // copies: a test may mark one conflicted
        request.ReasonableAdjustments.Add("Large print letters");
        return request;
    }
}
