using Complaints.Common.V1;
using Complaints.EndToEnd.Tests.Conformance;
using Complaints.EndToEnd.Tests.Infrastructure;
using Grpc.Core;
using Complaints.Intake.Api.V1;
using Complaints.Investigation.Api.V1;
using Complaints.Lifecycle.Api.V1;
using Google.Protobuf.WellKnownTypes;
using StatusCode = Grpc.Core.StatusCode;
using static Complaints.EndToEnd.Tests.Infrastructure.When;

namespace Complaints.EndToEnd.Tests.Investigation;

/// <summary>
/// Extended, overdue, withdrawn and refused complaints under each profile, over gRPC. Received the Friday before
/// Christmas 2026 and acknowledged on the Tuesday; due dates worked by hand from each policy's text.
/// </summary>
public sealed class ProfileScenarioTests(ProfileHosts hosts) : IClassFixture<ProfileHosts>
{
    [Theory]
    [InlineData("Code: '≤ 10 more without good reason'", "code2024", false, "2027-01-22")]
    [InlineData("IVH stage 1: 'a further 10 working days ... in agreement with the customer'", "ivh", true, "2027-01-22")]
    [InlineData("VHA 5.3 with the Code's cap: 10 more from the 10 after receipt", "vha", false, "2027-01-20")]
    [InlineData("IDS 6.2: 'agree a suitable time frame ... a further 10 working days'", "ids", true, "2027-01-20")]
    [InlineData("Livin 8.11: 'we can extend this timescale by 10 working days'", "livin", false, "2027-01-22")]
    [InlineData("THA 5.5: 'can extend this by a further 10 working days'", "tha", false, "2027-01-22")]
    public async Task Extended_ToThePolicysCap_AndNoFurtherWithoutAgreement(string clause, string profile, bool agreed, string dueOn)
    {
        var host = await hosts.ForAsync(profile);
        var complaint = await AcknowledgedAsync(host, clause);

        var extended = (await host.Investigation.ExtendDeadlineAsync(Extension(complaint.Id, 10, agreed)).ResponseAsync).Change;
        var further = await Assert.ThrowsAsync<RpcException>(() => host.Investigation.ExtendDeadlineAsync(Extension(complaint.Id, 1, false)).ResponseAsync);

        Assert.Equal(dueOn, extended.RespondDueOn);
        Assert.Equal(StatusCode.FailedPrecondition, further.StatusCode);
    }

    [Theory]
    [InlineData("code2024", "2027-01-08")]
    [InlineData("ivh", "2027-01-08")]
    [InlineData("vha", "2027-01-06")]
    [InlineData("ids", "2027-01-06")]
    [InlineData("livin", "2027-01-08")]
    [InlineData("tha", "2027-01-08")]
    public async Task Unanswered_IsOverdueTheDayAfterItsDueDate(string profile, string dueOn)
    {
        var host = await hosts.ForAsync(profile);
        var complaint = await AcknowledgedAsync(host, $"{profile}: left unanswered");
        var due = DateOnly.Parse(dueOn, System.Globalization.CultureInfo.InvariantCulture);

        var onTheDay = await RespondClockAsync(host, complaint.Id, London($"{dueOn} 17:00"));
        var dayAfter = await RespondClockAsync(host, complaint.Id, London($"{due.AddDays(1):yyyy-MM-dd} 09:00"));

        Assert.Equal((dueOn, ClockStatus.DueSoon), (onTheDay.DueOn, onTheDay.Status));
        Assert.Equal(ClockStatus.Overdue, dayAfter.Status);
    }

    [Theory]
    [InlineData("code2024")]
    [InlineData("ivh")]
    [InlineData("vha")]
    [InlineData("ids")]
    [InlineData("livin")]
    [InlineData("tha")]
    public async Task Withdrawn_StopsTheClocks(string profile)
    {
        var host = await hosts.ForAsync(profile);
        var complaint = await AcknowledgedAsync(host, $"{profile}: withdrawn");

        var withdrawn = (await host.Intake.WithdrawComplaintAsync(new WithdrawComplaintRequest
        {
            ComplaintId = complaint.Id, Reason = "Resolved between us", OccurredAt = London("2026-12-23 11:00"),
        }).ResponseAsync).Complaint;
        var respond = await RespondClockAsync(host, complaint.Id, London("2027-02-01 09:00"));

        Assert.Equal(Stage.Withdrawn, withdrawn.Stage);
        Assert.Equal(ClockStatus.Stopped, respond.Status);
    }

    [Theory]
    [InlineData("code2024", "ExcludedMatter")]
    [InlineData("ivh", "LateRequest")]
    [InlineData("vha", "LateRequest")]
    [InlineData("ids", "LateRequest")]
    [InlineData("livin", "LateRequest")]
    [InlineData("tha", "NoServiceFailure")]
    public async Task EscalationRefused_ForAValidReason_InWriting_EndsTheInternalProcess(string profile, string reasonCode)
    {
        var host = await hosts.ForAsync(profile);
        var complaint = await AcknowledgedAsync(host, $"{profile}: escalation refused");
        var response = new IssueResponseRequest
        {
            ComplaintId = complaint.Id, Stage = 1, ComplaintDefinition = "Boiler", EscalationInformation = "How to ask for stage 2.",
            OccurredAt = London("2027-01-05 15:00"),
        };
        response.Decisions.Add(new PointDecision { Point = "Boiler", Outcome = DecisionOutcome.NotUpheld, Reasons = "Repaired on time." });
        await host.Investigation.IssueResponseAsync(response).ResponseAsync;
        await host.Investigation.RequestEscalationAsync(new RequestEscalationRequest { ComplaintId = complaint.Id, OccurredAt = London("2027-05-04 10:00") }).ResponseAsync;

        var refused = (await host.Investigation.RefuseEscalationAsync(new RefuseEscalationRequest
        {
            ComplaintId = complaint.Id, ReasonCode = reasonCode, Reasons = "Asked four months after our response.", OmbudsmanSignposted = true,
            OccurredAt = London("2027-05-05 10:00"),
        }).ResponseAsync).Change;

        Assert.Equal(Stage.EscalationRefused, refused.Stage);
        Assert.Contains(Trigger.ReferToOmbudsman, refused.PermittedTriggers);
    }

    private static async Task<Complaint> AcknowledgedAsync(RunningHost host, string description)
    {
        var log = IntakeMethods.ValidRequest(description);
        log.ReceivedAt = London("2026-12-18 10:00");
        log.Points.Add("Boiler");
        var complaint = (await host.Intake.LogComplaintAsync(log).ResponseAsync).Complaint;
        return (await host.Intake.AcknowledgeComplaintAsync(new AcknowledgeComplaintRequest
        {
            ComplaintId = complaint.Id, ComplaintDefinition = "Boiler", NamedOfficer = "Sam Patel", OccurredAt = London("2026-12-22 09:00"),
        }).ResponseAsync).Complaint;
    }

    private static ExtendDeadlineRequest Extension(string complaintId, int days, bool agreed) => new()
    {
        ComplaintId = complaintId, WorkingDays = days, ResidentAgreed = agreed, OmbudsmanDetailsGiven = true,
        Reason = "Waiting for the heating engineer's report", OccurredAt = London("2027-01-05 09:00"),
    };

    private static async Task<Clock> RespondClockAsync(RunningHost host, string complaintId, Timestamp asOf) =>
        (await host.Lifecycle.GetLifecycleAsync(new GetLifecycleRequest { ComplaintId = complaintId, AsOf = asOf }).ResponseAsync)
        .Lifecycle.Clocks.Single(c => c.Name == "stage1.respond");
}
