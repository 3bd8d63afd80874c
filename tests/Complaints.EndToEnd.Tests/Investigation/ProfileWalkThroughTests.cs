using Complaints.Common.V1;
using Complaints.EndToEnd.Tests.Conformance;
using Complaints.EndToEnd.Tests.Infrastructure;
using Grpc.Core;
using Complaints.Intake.Api.V1;
using Complaints.Investigation.Api.V1;
using Complaints.Lifecycle.Api.V1;
using Google.Protobuf.WellKnownTypes;
using static Complaints.EndToEnd.Tests.Infrastructure.When;

namespace Complaints.EndToEnd.Tests.Investigation;

/// <summary>
/// One complaint walked through both stages under each profile, entirely over gRPC: received the Friday before
/// Christmas 2026, escalated the Thursday before Easter 2027. Due dates worked by hand from each policy's text.
/// </summary>
public sealed class ProfileWalkThroughTests(ProfileHosts hosts) : IClassFixture<ProfileHosts>
{
    [Theory]
    [InlineData("code2024", "2027-01-08", false, "2027-04-28")]
    [InlineData("ivh", "2027-01-08", true, "2027-04-26")]
    [InlineData("vha", "2027-01-06", true, "2027-04-12")]
    [InlineData("ids", "2027-01-06", true, "2027-04-12")]
    [InlineData("livin", "2027-01-08", true, "2027-04-28")]
    [InlineData("tha", "2027-01-08", false, "2027-04-21")]
    public async Task Complaint_ThroughBothStages_MeetsEachPolicysDates(string profile, string stage1Due, bool lateEscalationFlagged, string stage2Due)
    {
        var host = await hosts.ForAsync(profile);
        var log = IntakeMethods.ValidRequest($"{profile}: walked through both stages");
        log.ReceivedAt = London("2026-12-18 10:00");
        log.Points.Add("Boiler repair missed twice");
        var complaint = (await host.Intake.LogComplaintAsync(log).ResponseAsync).Complaint;
        await host.Intake.AcknowledgeComplaintAsync(new AcknowledgeComplaintRequest
        {
            ComplaintId = complaint.Id, ComplaintDefinition = "Boiler repair missed twice", NamedOfficer = "Sam Patel", OccurredAt = London("2026-12-22 09:00"),
        }).ResponseAsync;
        var acknowledged = await ClockAsync(host, complaint.Id, "stage1.respond");

        await host.Investigation.IssueResponseAsync(Response(complaint.Id, 1, "2027-01-05 15:00")).ResponseAsync;
        var escalation = await host.Investigation.RequestEscalationAsync(new RequestEscalationRequest
        {
            ComplaintId = complaint.Id, OccurredAt = London("2027-03-25 10:00"),
        }).ResponseAsync;
        var stage2 = (await host.Investigation.AcknowledgeEscalationAsync(new AcknowledgeEscalationRequest
        {
            ComplaintId = complaint.Id, OccurredAt = London("2027-03-31 09:00"),
        }).ResponseAsync).Change;
        await host.Investigation.AssignOfficerAsync(new AssignOfficerRequest
        {
            ComplaintId = complaint.Id, Stage = 2,
            Officer = new Officer { Id = "dee", Name = "Dee Rector", Seniority = Seniority.Director, ServiceArea = "Governance" },
        }).ResponseAsync;
        var final = (await host.Investigation.IssueResponseAsync(Response(complaint.Id, 2, "2027-04-09 12:00")).ResponseAsync).Change;
        var stage1Respond = await ClockAsync(host, complaint.Id, "stage1.respond");
        var stage2Respond = await ClockAsync(host, complaint.Id, "stage2.respond");

        Assert.Equal(stage1Due, acknowledged.DueOn);
        Assert.Equal(ClockStatus.MetOnTime, stage1Respond.Status);
        Assert.Equal(!lateEscalationFlagged, escalation.WithinWindow);
        Assert.Equal(stage2Due, stage2.RespondDueOn);
        Assert.Equal((Stage.Stage2Responded, ClockStatus.MetOnTime), (final.Stage, stage2Respond.Status));
    }

    private static IssueResponseRequest Response(string complaintId, int stage, string at)
    {
        var response = new IssueResponseRequest
        {
            ComplaintId = complaintId, Stage = stage, ComplaintDefinition = "Boiler repair missed twice", OccurredAt = London(at),
            EscalationInformation = stage == 1 ? "How to ask for stage 2." : "How to go to the Housing Ombudsman.",
        };
        response.Decisions.Add(new PointDecision { Point = "Boiler repair missed twice", Outcome = DecisionOutcome.Upheld, Reasons = "Both visits missed." });
        return response;
    }

    private static async Task<Clock> ClockAsync(RunningHost host, string complaintId, string name) =>
        (await host.Lifecycle.GetLifecycleAsync(new GetLifecycleRequest { ComplaintId = complaintId }).ResponseAsync).Lifecycle.Clocks.Single(c => c.Name == name);
}
