using Complaints.Intake.Domain;
using Complaints.Intake.Links;
using Complaints.Intake.Persistence;
using Complaints.Intake.Points;
using Complaints.Kernel.Errors;
using Complaints.Lifecycle.Contracts;
using Microsoft.EntityFrameworkCore;
using static Complaints.Intake.Tests.IntakeSteps;

namespace Complaints.Intake.Tests;

/// <summary>
/// The Code: a related new point raised before the stage 1 response joins it; an unrelated one, or one raised after
/// the response, becomes a new complaint, logged through the whole pipeline and linked. Links are recorded once.
/// </summary>
public sealed class ComplaintPointTests(IntakeHosts hosts) : IClassFixture<IntakeHosts>
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AddComplaintPoint_WhenRelatedAndBeforeTheStage1Response_JoinsTheComplaint(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var id = await host.AcknowledgedAsync("Heating off for a week");
        var raisedAt = Received.AddDays(3);
        var before = (await host.LifecycleAsync(id)).Version; // the complaint's one version is the lifecycle's

        var outcome = await host.ExecuteAsync(new AddComplaintPointCommand(id, " The heaters you lent me are broken too ", Related: true, raisedAt, ExpectedVersion: before, null));
        var complaint = await host.ComplaintAsync(id);

        Assert.Equal((true, id), (outcome.Joined, outcome.ComplaintId));
        Assert.Contains("answered in that response", outcome.Explanation);
        Assert.Equal(new ComplaintPoint("The heaters you lent me are broken too", raisedAt, ModuleTestHost.Officer.Id), Assert.Single(complaint.Points));
        Assert.Equal(2, complaint.Version);
        Assert.Equal(before + 1, (await host.LifecycleAsync(id)).Version);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AddComplaintPoint_BeyondTheMostOneComplaintHolds_IsRefusedAndStoresNothing(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var id = await host.AcknowledgedAsync("Repairs never finished");
        for (var i = 1; i <= ComplaintPoint.MostOnOneComplaint; i++)
            await host.ExecuteAsync(new AddComplaintPointCommand(id, $"Point {i}", Related: true, Received.AddDays(1), null, null));
        var version = (await host.LifecycleAsync(id)).Version;

        var refusal = await Assert.ThrowsAsync<RuleViolationException>(() =>
            host.ExecuteAsync(new AddComplaintPointCommand(id, "One point too many", Related: true, Received.AddDays(1), null, null)));

        Assert.Equal("TOO_MANY_POINTS", refusal.Reason);
        Assert.Equal("50", refusal.Metadata["most_points"]);
        Assert.Equal(ComplaintPoint.MostOnOneComplaint, (await host.ComplaintAsync(id)).Points.Count);
        Assert.Equal(version, (await host.LifecycleAsync(id)).Version);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AddComplaintPoint_WhenUnrelated_OpensANewComplaintRaisedFromThisOne(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var id = await host.AcknowledgedAsync("Boiler, with a new point about the dog");

        var outcome = await host.ExecuteAsync(new AddComplaintPointCommand(id, "My neighbour's dog barks all night", Related: false, Received.AddDays(2), null, null));
        var opened = await host.ComplaintAsync(outcome.ComplaintId);
        var link = await host.QueryAsync<IntakeDbContext, ComplaintLink>(db => db.Links.AsNoTracking().SingleAsync(l => l.LinkedComplaintId == id));

        Assert.False(outcome.Joined);
        Assert.Contains($"So it is a new complaint, {opened.Reference}", outcome.Explanation);
        Assert.Equal((Resident, ComplaintChannel.Phone, Received.AddDays(2)), (opened.ResidentReference, opened.Channel, opened.ReceivedAt));
        Assert.Equal(["My neighbour's dog barks all night"], opened.Points.Select(p => p.Text));
        Assert.Equal(ComplaintStage.Received, (await host.LifecycleAsync(opened.Id)).Stage);
        Assert.Equal((opened.Id, ComplaintLinkKind.RaisedFrom), (link.ComplaintId, link.Kind));
        Assert.Empty((await host.ComplaintAsync(id)).Points);
    }

    [Theory]
    [MemberData(nameof(AfterTheResponse))]
    public async Task AddComplaintPoint_WhenRelatedButAfterTheStage1Response_OpensANewComplaintSayingWhy(string provider, string profile, string why)
    {
        var host = await hosts.HostAsync(provider, profile);
        var id = await host.AcknowledgedAsync($"Boiler under {profile}, responded");
        await host.MoveAsync(id, ComplaintTrigger.IssueStage1Response, Received.AddDays(8));

        var outcome = await host.ExecuteAsync(new AddComplaintPointCommand(id, "And the boiler broke again", Related: true, Received.AddDays(9), null, null));

        Assert.False(outcome.Joined);
        Assert.NotEqual(id, outcome.ComplaintId);
        Assert.Contains(why, outcome.Explanation);
    }

    public static IEnumerable<object?[]> AfterTheResponse => TestDatabase.OnEachProvider(
        ["code2024", "has had its stage 1 response (Stage1Responded), so the point cannot join it"],
        ["livin", "this policy opens a new stage 1 complaint for new matters raised after it"]); // Livin 8.12

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AddComplaintPoint_RaisedBeforeTheComplaintArrived_IsRefusedAndWritesNothing(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var id = await host.AcknowledgedAsync("Point from before");

        var error = await Assert.ThrowsAsync<ValidationException>(() =>
            host.ExecuteAsync(new AddComplaintPointCommand(id, "Something from last year", Related: false, Received.AddDays(-1), null, null)));

        Assert.Equal("raised_at", Assert.Single(error.Violations).Field);
        Assert.Equal(0, await host.CountAsync("Something from last year"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task LinkComplaints_ASecondLinkEitherWay_IsAlreadyExists(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var first = await host.LogAsync(Complaint("Boiler by phone"));
        var repeat = await host.LogAsync(Complaint("Same boiler, by email"));
        await host.ExecuteAsync(new LinkComplaintsCommand(repeat.Id, first.Id, ComplaintLinkKind.DuplicateOf, " Same boiler, second channel "));

        var again = await Assert.ThrowsAsync<AlreadyExistsException>(() =>
            host.ExecuteAsync(new LinkComplaintsCommand(first.Id, repeat.Id, ComplaintLinkKind.Related, "again")));
        var links = await host.QueryAsync<IntakeDbContext, List<ComplaintLink>>(db =>
            db.Links.AsNoTracking().Where(l => l.ComplaintId == first.Id || l.ComplaintId == repeat.Id).ToListAsync());

        Assert.Contains($"{first.Reference} and {repeat.Reference} are already linked", again.Message);
        var link = Assert.Single(links);
        Assert.Equal((repeat.Id, first.Id, ComplaintLinkKind.DuplicateOf, "Same boiler, second channel"), (link.ComplaintId, link.LinkedComplaintId, link.Kind, link.Reason));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task LinkComplaints_ToItselfOrAsRaisedFrom_NamesTheFields(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var complaint = await host.LogAsync(Complaint("Linked to itself"));

        var error = await Assert.ThrowsAsync<ValidationException>(() =>
            host.ExecuteAsync(new LinkComplaintsCommand(complaint.Id, complaint.Id, ComplaintLinkKind.RaisedFrom, "")));

        Assert.Equal(["kind", "linked_complaint_id", "reason"], error.Violations.Select(v => v.Field)); // raised-from is the point rule's to set
    }
}
