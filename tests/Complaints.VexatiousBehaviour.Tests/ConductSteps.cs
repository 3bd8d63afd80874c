using Complaints.Kernel.Calendar;
using Complaints.Kernel.Pipeline;
using Complaints.VexatiousBehaviour.Cases;
using Complaints.VexatiousBehaviour.Contracts;
using Complaints.VexatiousBehaviour.Domain;
using Complaints.VexatiousBehaviour.Persistence;
using Complaints.VexatiousBehaviour.Restrictions;
using Microsoft.EntityFrameworkCore;

namespace Complaints.VexatiousBehaviour.Tests;

/// <summary>The callers, a warned case, a complete panel decision, and reads of the module's tables.</summary>
internal static class ConductSteps
{
    public static readonly Actor Caseworker = new("cara.caseworker", new HashSet<string> { "complaint-handler" });
    public static readonly Actor Chair = new("pat.chair", new HashSet<string> { "conduct-panel" });
    public static readonly Actor Director = new("dee.director", new HashSet<string> { "conduct-appeals" });

    public static readonly IReadOnlyList<PanelMember> Panel =
        [new("pat.chair", "Pat Chair", null), new("ron.member", "Ron Member", null), new("val.member", "Val Member", null)];

    /// <summary>Today for every test: the fixture's clock starts on Tuesday 1 June 2027.</summary>
    public static DateOnly Today => LondonTime.Date(ModuleHostFixture.Start);

    /// <summary>A case on <paramref name="resident"/> with an abusive call on record and a warning of <paramref name="level"/>.</summary>
    public static async Task<long> WarnedCaseAsync(this ModuleTestHost host, string resident, WarningLevel level = WarningLevel.Formal, DateTimeOffset? warnedAt = null)
    {
        var caseId = await host.ExecuteAsync(new OpenConductCaseCommand(resident, null, "Abusive calls to the repairs team", null, null), Caseworker);
        await host.ExecuteAsync(new RecordIncidentCommand(caseId, null, ContactChannel.Phone, Behaviour.AbusiveOrThreateningLanguage,
            "Shouted and swore at the call handler", "Call recording 2027-05-20 10:14", null), Caseworker);
        await host.ExecuteAsync(new IssueWarningCommand(caseId, level, [Behaviour.AbusiveOrThreateningLanguage], "Contact may be limited to writing",
            level == WarningLevel.Formal ? "Letter WL-1" : "", warnedAt), Caseworker);
        return caseId;
    }

    /// <summary>A decision with every consideration recorded, by the whole panel, from today unless <paramref name="startsOn"/> says.</summary>
    public static DecideRestrictionCommand Decision(long caseId, RestrictionType type, DateOnly endsOn, DateOnly? startsOn = null) =>
        new(caseId, Panel, type, "Write to Sam Lee, Customer Resolution Manager, or email sam.lee@landlord.example", "one call a week, up to 15 minutes",
            startsOn, endsOn, null, "No disability or illness known; checked the tenancy file and with the housing officer",
            "No protected characteristic engaged by written contact; large print offered", ["Large print letters"], true,
            "Calls only were abusive; writing keeps every route to us open", "Letter RD-1", null);

    /// <summary>A resident under a restriction of <paramref name="type"/> from today to the end of August 2027.</summary>
    public static async Task<long> RestrictedAsync(this ModuleTestHost host, string resident, RestrictionType type)
    {
        var caseId = await host.WarnedCaseAsync(resident);
        return await host.ExecuteAsync(Decision(caseId, type, new DateOnly(2027, 8, 31)), Chair);
    }

    public static Task<Restriction> RestrictionAsync(this ModuleTestHost host, long id) =>
        host.QueryAsync<VexatiousBehaviourDbContext, Restriction>(db => db.Restrictions.AsNoTracking().SingleAsync(r => r.Id == id));

    public static Task<List<Restriction>> RestrictionsOnCaseAsync(this ModuleTestHost host, long caseId) =>
        host.QueryAsync<VexatiousBehaviourDbContext, List<Restriction>>(db => db.Restrictions.AsNoTracking().Where(r => r.CaseId == caseId).OrderBy(r => r.Id).ToListAsync());

    public static Task<ConductCase> CaseAsync(this ModuleTestHost host, long id) =>
        host.QueryAsync<VexatiousBehaviourDbContext, ConductCase>(db => db.Cases.AsNoTracking().SingleAsync(c => c.Id == id));

    public static Task<Appeal> AppealAsync(this ModuleTestHost host, long id) =>
        host.QueryAsync<VexatiousBehaviourDbContext, Appeal>(db => db.Appeals.AsNoTracking().SingleAsync(a => a.Id == id));

    /// <summary>A phone call from <paramref name="resident"/> at <paramref name="at"/> (the clock is moved there), through the restriction step.</summary>
    public static Task<ContactRouting?> ContactOnAsync(this ModuleTestHost host, string resident, DateTimeOffset at)
    {
        host.Clock.Set(at);
        return host.ContactAsync(resident, ContactChannel.Phone);
    }

    /// <summary>Contact from <paramref name="resident"/> now, through the restriction step: its routing, or null.</summary>
    public static Task<ContactRouting?> ContactAsync(this ModuleTestHost host, string resident, ContactChannel channel, bool urgent = false) =>
        host.ExecuteAsync(new ResidentContactCommand(resident, channel, UrgentMatter: urgent), Caseworker);
}
