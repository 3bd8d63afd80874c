using Complaints.Investigation.Officers;
using Complaints.Investigation.Policy;
using Complaints.Kernel.Errors;
using static Complaints.Investigation.Tests.InvestigationSteps;

namespace Complaints.Investigation.Tests;

/// <summary>
/// Who may handle each stage: the Code's rule that the stage 2 reviewer is not the stage 1 handler (whether assigned
/// or named to the resident at acknowledgement), and each policy's seniority and independence. A refusal names the
/// rule and records nothing.
/// </summary>
public sealed class AssignOfficerTests(InvestigationHosts hosts) : IClassFixture<InvestigationHosts>
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AssignOfficer_AtStage2_WhenTheReviewerHandledStage1_IsRefused(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var complaint = await host.AcknowledgedAsync(Received, officer: "Ann Named");
        await host.ExecuteAsync(Assign(complaint.ComplaintId, 1, "kim.lo", "Kim Lo", Seniority.Manager, "Repairs", complainedAbout: "Repairs"));
        await host.ExecuteAsync(Assign(complaint.ComplaintId, 1, "lee.ward", "Lee Ward", Seniority.Manager, "Repairs", complainedAbout: "Repairs")); // took over
        await host.ExecuteAsync(Response(complaint, 1, Received.AddDays(7)));
        await host.ExecuteAsync(new Escalation.RequestEscalationCommand(complaint.ComplaintId, null, Received.AddDays(8)));

        var earlier = await Assert.ThrowsAsync<RuleViolationException>(() =>
            host.ExecuteAsync(Assign(complaint.ComplaintId, 2, "kim.lo", "Kim Lo", Seniority.Director, "Governance")));
        var named = await Assert.ThrowsAsync<RuleViolationException>(() =>
            host.ExecuteAsync(Assign(complaint.ComplaintId, 2, "a.named", " ann named ", Seniority.Director, "Governance")));
        await host.ExecuteAsync(Assign(complaint.ComplaintId, 2, "dee.rector", "Dee Rector", Seniority.Manager, "Repairs"));

        Assert.Contains("Kim Lo handled stage 1, so cannot review it at stage 2", earlier.Message);
        Assert.Contains("handled stage 1", named.Message);
        var assignments = await host.AssignmentsAsync(complaint.ComplaintId);
        Assert.Equal([(1, "Kim Lo"), (1, "Lee Ward"), (2, "Dee Rector")], assignments.Select(a => (a.Stage, a.OfficerName)));
        Assert.Equal("Repairs", assignments[^1].ServiceAreaComplainedAbout); // carried from stage 1 for the independence rule
    }

    [Theory]
    [MemberData(nameof(PolicyReviewers))]
    public async Task AssignOfficer_AtStage2_OutsideThePolicysRule_IsRefusedNamingIt(string provider, string profile, string seniority, string area, string refusal)
    {
        var host = await hosts.HostAsync(provider, profile);
        var complaint = await host.AcknowledgedAsync(Received);
        await host.ExecuteAsync(Assign(complaint.ComplaintId, 1, "sam.patel", "Sam Patel", Seniority.Manager, "Repairs", complainedAbout: "Repairs"));
        await host.ExecuteAsync(Response(complaint, 1, Received.AddDays(7)));
        await host.ExecuteAsync(new Escalation.RequestEscalationCommand(complaint.ComplaintId, null, Received.AddDays(8)));

        var error = await Assert.ThrowsAsync<RuleViolationException>(() =>
            host.ExecuteAsync(Assign(complaint.ComplaintId, 2, "rev", "Rev Iewer", Enum.Parse<Seniority>(seniority), area)));
        await host.ExecuteAsync(Assign(complaint.ComplaintId, 2, "dir", "Dee Rector", Seniority.Director, "Governance"));

        Assert.Contains(refusal, error.Message);
        Assert.Equal(["Sam Patel", "Dee Rector"], (await host.AssignmentsAsync(complaint.ComplaintId)).Select(a => a.OfficerName));
    }

    public static IEnumerable<object?[]> PolicyReviewers => TestDatabase.OnEachProvider(
        ["livin", "SeniorManager", "Repairs", "independent of the service area complained about (Repairs)"], // Livin 8.16
        ["livin", "Manager", "Housing", "at least SeniorManager"], // Livin 8.16: a senior manager
        ["ivh", "SeniorManager", "Housing", "at least HeadOfService"], // IVH: a Head of Service
        ["ids", "HeadOfService", "Housing", "at least Director"], // IDS 6.3: the Corporate Management Team
        ["tha", "Manager", "Housing", "at least SeniorManager"]); // THA 5.6: a Senior Manager

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AssignOfficer_AtStage2_BeforeEscalation_IsRefusedNamingTheStage(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var complaint = await host.AcknowledgedAsync(Received);

        var error = await Assert.ThrowsAsync<RuleViolationException>(() =>
            host.ExecuteAsync(Assign(complaint.ComplaintId, 2, "kim.lo", "Kim Lo", Seniority.Director, "Governance")));

        Assert.Contains("only while the complaint is in Stage2Pending, Stage2Investigating; it is in Stage1Investigating", error.Message);
        Assert.Empty(await host.AssignmentsAsync(complaint.ComplaintId));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AssignOfficer_WhenIncomplete_NamesEachField(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var complaint = await host.AcknowledgedAsync(Received);

        var error = await Assert.ThrowsAsync<ValidationException>(() =>
            host.ExecuteAsync(new AssignOfficerCommand(complaint.ComplaintId, 1, " ", "", null, "", null, null)));

        Assert.Equal(["officer.id", "officer.name", "officer.seniority", "officer.service_area", "service_area_complained_about"],
            error.Violations.Select(v => v.Field));
    }

    private static AssignOfficerCommand Assign(Guid complaintId, int stage, string id, string name, Seniority seniority, string area, string? complainedAbout = null) =>
        new(complaintId, stage, id, name, seniority, area, complainedAbout, null);
}
