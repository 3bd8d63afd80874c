using Complaints.Common.V1;
using Complaints.EndToEnd.Tests.Infrastructure;
using Grpc.Core;
using Complaints.Intake.Api.V1;
using StatusCode = Grpc.Core.StatusCode;

namespace Complaints.EndToEnd.Tests.Intake;

/// <summary>
/// The Code: related new points raised before the stage 1 response join it; unrelated points, or points raised after
/// it, become a new complaint, linked. Links are read from both sides.
/// </summary>
public sealed class ComplaintPointTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RelatedPoint_BeforeTheStage1Response_JoinsTheComplaint(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);
        var complaint = await AcknowledgedAsync(host);

        var added = await host.Intake.AddComplaintPointAsync(new AddComplaintPointRequest
        {
            ComplaintId = complaint.Id, Point = "The heaters you lent me are broken too", Related = true, ExpectedVersion = complaint.Version,
        }).ResponseAsync;

        Assert.True(added.Joined);
        Assert.Equal(complaint.Id, added.Complaint.Id);
        Assert.Equal("The heaters you lent me are broken too", added.Complaint.Points.Single().Text);
        Assert.Equal(complaint.Version + 1, added.Complaint.Version);
        Assert.Contains("answered in that response", added.Explanation);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task UnrelatedPoint_OpensANewComplaintLinkedBothWays(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);
        var complaint = await AcknowledgedAsync(host);

        var added = await host.Intake.AddComplaintPointAsync(new AddComplaintPointRequest
        {
            ComplaintId = complaint.Id, Point = "My neighbour's dog barks all night", Related = false,
        }).ResponseAsync;
        var original = (await host.Intake.GetComplaintAsync(new GetComplaintRequest { Id = complaint.Id }).ResponseAsync).Complaint;

        Assert.False(added.Joined);
        Assert.NotEqual(complaint.Id, added.Complaint.Id);
        Assert.Equal((Stage.Received, "TEN-000123"), (added.Complaint.Stage, added.Complaint.ResidentReference));
        Assert.Contains("not related", added.Explanation);
        var raisedFrom = Assert.Single(added.Complaint.Links);
        Assert.Equal((complaint.Id, complaint.Reference, LinkKind.RaisedFrom), (raisedFrom.ComplaintId, raisedFrom.Reference, raisedFrom.Kind));
        var ledTo = Assert.Single(original.Links);
        Assert.Equal((added.Complaint.Id, LinkKind.LedTo), (ledTo.ComplaintId, ledTo.Kind));
        Assert.Empty(original.Points);
    }

    [Fact]
    public async Task RelatedPoint_AfterTheStage1Response_OpensANewComplaint()
    {
        await using var host = await RunningHost.StartAsync();
        var complaint = await AcknowledgedAsync(host);
        await LifecycleDriver.TransitionAsync(host, complaint.Id, Complaints.Lifecycle.Contracts.ComplaintTrigger.IssueStage1Response);

        var added = await host.Intake.AddComplaintPointAsync(new AddComplaintPointRequest
        {
            ComplaintId = complaint.Id, Point = "And the boiler broke again", Related = true,
        }).ResponseAsync;

        Assert.False(added.Joined);
        Assert.Contains("has had its stage 1 response (Stage1Responded)", added.Explanation);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task LinkComplaints_AsDuplicate_ShowsOnBothAndRefusesASecondLink(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);
        var first = (await host.Intake.LogComplaintAsync(IntakeMethods.ValidRequest()).ResponseAsync).Complaint;
        var repeat = (await host.Intake.LogComplaintAsync(IntakeMethods.ValidRequest("Same boiler, emailed as well")).ResponseAsync).Complaint;

        var linked = (await host.Intake.LinkComplaintsAsync(new LinkComplaintsRequest
        {
            ComplaintId = repeat.Id, LinkedComplaintId = first.Id, Kind = LinkKind.DuplicateOf, Reason = "Same boiler, second channel",
        }).ResponseAsync).Complaint;
        var original = (await host.Intake.GetComplaintAsync(new GetComplaintRequest { Id = first.Id }).ResponseAsync).Complaint;
        var again = await Assert.ThrowsAsync<RpcException>(() => host.Intake.LinkComplaintsAsync(new LinkComplaintsRequest
        {
            ComplaintId = first.Id, LinkedComplaintId = repeat.Id, Kind = LinkKind.Related, Reason = "again",
        }).ResponseAsync);

        Assert.Equal((first.Reference, LinkKind.DuplicateOf, "Same boiler, second channel"), (linked.Links.Single().Reference, linked.Links.Single().Kind, linked.Links.Single().Reason));
        Assert.Equal((repeat.Reference, LinkKind.DuplicatedBy), (original.Links.Single().Reference, original.Links.Single().Kind));
        Assert.Equal(StatusCode.AlreadyExists, again.StatusCode);
    }

    [Theory]
    [InlineData(LinkKind.RaisedFrom, "kind")]
    [InlineData(LinkKind.Unspecified, "kind")]
    public async Task LinkComplaints_WithAKindOnlyThePointRuleSets_IsInvalid(LinkKind kind, string field)
    {
        await using var host = await RunningHost.StartAsync();
        var a = (await host.Intake.LogComplaintAsync(IntakeMethods.ValidRequest()).ResponseAsync).Complaint;
        var b = (await host.Intake.LogComplaintAsync(IntakeMethods.ValidRequest()).ResponseAsync).Complaint;

        var error = await Assert.ThrowsAsync<RpcException>(() => host.Intake.LinkComplaintsAsync(new LinkComplaintsRequest
        {
            ComplaintId = a.Id, LinkedComplaintId = b.Id, Kind = kind, Reason = "r",
        }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains(field, error.Status.Detail + string.Join(",", error.Detail<Google.Rpc.BadRequest>()!.FieldViolations.Select(v => v.Field)));
    }

    private static async Task<Complaint> AcknowledgedAsync(RunningHost host)
    {
        var complaint = (await host.Intake.LogComplaintAsync(IntakeMethods.ValidRequest()).ResponseAsync).Complaint;
        return (await host.Intake.AcknowledgeComplaintAsync(new AcknowledgeComplaintRequest
        {
            ComplaintId = complaint.Id, ComplaintDefinition = "Boiler repair missed twice", NamedOfficer = "Sam Patel",
        }).ResponseAsync).Complaint;
    }
}
