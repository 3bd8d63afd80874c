using Complaints.Common.V1;
using System.Text.Json;
using Complaints.Compensation.Api.V1;
using Complaints.EndToEnd.Tests.Infrastructure;
using Grpc.Core;
using Complaints.Intake.Api.V1;
using Complaints.Investigation.Api.V1;
using Complaints.Lifecycle.Contracts;
using Complaints.OmbudsmanLiaison.Api.V1;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using StatusCode = Grpc.Core.StatusCode;
using static Complaints.EndToEnd.Tests.Infrastructure.When;

namespace Complaints.EndToEnd.Tests.OmbudsmanLiaison;

/// <summary>
/// An Ombudsman case from referral to full compliance over gRPC, on SQLite and PostgreSQL, under IDS (evidence due in
/// 15 working days, 7.2). Hosts read 1 June 2027; the case runs through winter 2026–27.
/// </summary>
public sealed class OmbudsmanCaseTests
{
    private static readonly DateTimeOffset Today = new(2027, 6, 1, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ACase_FromReferralToFullCompliance(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartAtAsync(Today, "--Complaints:PolicyProfile=ids", $"--Database:Provider={database.Provider}",
            $"--Database:ConnectionString={database.ConnectionString}");
        var complaint = await RespondedComplaintAsync(host);

        var referral = (await host.Ombudsman.RecordReferralAsync(Referral("202612345", complaint, "2026-12-17")).ResponseAsync).Referral;
        var asked = await host.Ombudsman.RecordEvidenceRequestAsync(new RecordEvidenceRequestRequest
        {
            ReferralId = referral.Id, What = "The complaint file and the repair history", ReceivedOn = "2026-12-18",
        }).ResponseAsync;
        await host.Ombudsman.SubmitEvidenceAsync(new SubmitEvidenceRequest
        {
            EvidenceRequestId = asked.EvidenceRequestId, WhatWasSent = "Evidence pack and repair log", OccurredAt = London("2027-01-12 15:00"),
        }).ResponseAsync;
        var determination = new RecordDeterminationRequest { ReferralId = referral.Id, DeterminedOn = "2027-03-01" };
        determination.Findings.Add(new ElementFinding { Element = "Handling of the boiler repairs", Finding = Finding.Maladministration });
        determination.Findings.Add(new ElementFinding { Element = "Complaint handling", Finding = Finding.ServiceFailure });
        determination.Findings.Add(new ElementFinding { Element = "Rent increase", Finding = Finding.OutsideJurisdiction });
        determination.Orders.Add(new OrderInput { Type = OrderType.Apology, Description = "Apologise in writing", Owner = "Director of Housing" });
        determination.Orders.Add(new OrderInput { Type = OrderType.Compensation, Description = "Pay £400 for distress and inconvenience", AmountPence = 40000, Owner = "Compensation team", DueOn = "2027-03-29" });
        determination.Recommendations.Add("Review the repairs appointment process");
        var determined = (await host.Ombudsman.RecordDeterminationAsync(determination).ResponseAsync).Referral;
        var award = (await host.Compensation.GetAwardAsync(new GetAwardRequest { Id = determined.Orders[1].AwardId }).ResponseAsync).Award;
        var stageDetermined = (await LifecycleMethods.ReadAsync(host, complaint)).Stage;
        await host.Ombudsman.RecordOrderComplianceAsync(new RecordOrderComplianceRequest { OrderId = determined.Orders[0].Id, Evidence = "Letter of 10 March", CompliedOn = "2027-03-10" }).ResponseAsync;
        var declined = await Assert.ThrowsAsync<RpcException>(() => host.Ombudsman.RecordRecommendationResponseAsync(new RecordRecommendationResponseRequest { RecommendationId = determined.Recommendations[0].Id, Accepted = false }).ResponseAsync);
        await host.Ombudsman.RecordRecommendationResponseAsync(new RecordRecommendationResponseRequest { RecommendationId = determined.Recommendations[0].Id, Accepted = true }).ResponseAsync;
        var final = (await host.Ombudsman.RecordOrderComplianceAsync(new RecordOrderComplianceRequest
        {
            OrderId = determined.Orders[1].Id, Evidence = $"Paid under award {award.Reference}", CompliedOn = "2027-04-02",
        }).ResponseAsync).Referral;
        var complied = await LifecycleMethods.ReadAsync(host, complaint);

        Assert.Equal((Stage.Stage1Responded, "2027-01-13"), (referral.Complaints.Single().StageAtReferral, asked.Referral.EvidenceRequests.Single().DueOn)); // 15 wd over Christmas
        Assert.Equal(DeadlineStatus.MetOnTime, final.EvidenceRequests.Single().Status);
        Assert.Equal(Stage.Determined, stageDetermined);
        Assert.Equal("2027-03-29", determined.Orders[0].DueOn); // four weeks by default
        Assert.Equal((40000L, "202612345", AwardStatus.Proposed), (award.TotalPence, award.OmbudsmanCaseReference, award.Status));
        Assert.Equal(determined.Orders[1].AwardReference, award.Reference);
        Assert.Equal(StatusCode.InvalidArgument, declined.StatusCode);
        Assert.Equal([DeadlineStatus.MetOnTime, DeadlineStatus.MetLate], final.Orders.Select(o => o.Status));
        Assert.Equal("Accepted", final.Recommendations.Single().Response);
        Assert.Equal(Stage.RemediesComplied, complied.Stage);
        Assert.Equal([Trigger.ReferToOmbudsman, Trigger.RecordDetermination, Trigger.RecordCompliance], complied.History.Skip(complied.History.Count - 3).Select(t => t.Trigger));
    }

    [Theory]
    [InlineData("Received")]
    [InlineData("Stage1Investigating")]
    [InlineData("Stage1Responded")]
    [InlineData("Stage2Pending")]
    [InlineData("Closed")]
    [InlineData("Withdrawn")]
    public async Task AReferral_IsRecordedFromAnyStage(string stage)
    {
        await using var host = await RunningHost.StartAsync();
        var complaint = await ComplaintInStageAsync(host, stage);

        var referral = (await host.Ombudsman.RecordReferralAsync(Referral($"2026-{stage}", complaint, "")).ResponseAsync).Referral;
        var again = await Assert.ThrowsAsync<RpcException>(() => host.Ombudsman.RecordReferralAsync(Referral($"2026-{stage}", complaint, "")).ResponseAsync);

        Assert.Equal(System.Enum.Parse<Stage>(stage), referral.Complaints.Single().StageAtReferral);
        Assert.Equal(Stage.ReferredToOmbudsman, (await LifecycleMethods.ReadAsync(host, complaint)).Stage);
        Assert.Equal(StatusCode.AlreadyExists, again.StatusCode);
    }

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("0001-01-01")]
    public async Task RecordEvidenceRequest_DueOnADayNoDeadlineCanBeWorkedFrom_IsRefusedAndStoresNothing(string dueOn)
    {
        await using var host = await RunningHost.StartAtAsync(Today);
        var complaint = await ComplaintInStageAsync(host, "Closed");
        var referral = (await host.Ombudsman.RecordReferralAsync(Referral("202600009", complaint, "2027-02-01")).ResponseAsync).Referral;

        var poison = await Assert.ThrowsAsync<RpcException>(() => host.Ombudsman.RecordEvidenceRequestAsync(
            new RecordEvidenceRequestRequest { ReferralId = referral.Id, What = "The file", ReceivedOn = "2027-02-01", DueOn = dueOn }).ResponseAsync);
        var after = (await host.Ombudsman.GetReferralAsync(new GetReferralRequest { ReferralId = referral.Id }).ResponseAsync).Referral;
        var open = await host.Ombudsman.ListOpenEvidenceRequestsAsync(new ListOpenEvidenceRequestsRequest()).ResponseAsync;

        Assert.Equal(StatusCode.InvalidArgument, poison.StatusCode);
        Assert.Equal("due_on", poison.Detail<BadRequest>()!.FieldViolations.Single().Field);
        Assert.Empty(after.EvidenceRequests);
        Assert.Empty(open.EvidenceRequests);
    }

    [Fact]
    public async Task EvidenceDeadlines_ComeFromTheRequestOrTheProfile_AndALateAnswerNeedsItsExplanation()
    {
        await using var host = await RunningHost.StartAtAsync(Today); // code2024: no default
        var complaint = await ComplaintInStageAsync(host, "Closed");
        var referral = (await host.Ombudsman.RecordReferralAsync(Referral("202600001", complaint, "2027-02-01")).ResponseAsync).Referral;

        var undated = await Assert.ThrowsAsync<RpcException>(() => host.Ombudsman.RecordEvidenceRequestAsync(new RecordEvidenceRequestRequest { ReferralId = referral.Id, What = "The file", ReceivedOn = "2027-02-01" }).ResponseAsync);
        var dated = await host.Ombudsman.RecordEvidenceRequestAsync(new RecordEvidenceRequestRequest { ReferralId = referral.Id, What = "The file", ReceivedOn = "2027-02-01", DueOn = "2027-02-15" }).ResponseAsync;
        var overdue = (await host.Ombudsman.GetReferralAsync(new GetReferralRequest { ReferralId = referral.Id, AsOf = London("2027-02-16 09:00") }).ResponseAsync).Referral;
        var openBefore = (await host.Ombudsman.ListOpenEvidenceRequestsAsync(new ListOpenEvidenceRequestsRequest { AsOf = London("2027-02-16 09:00"), AttentionOnly = true }).ResponseAsync).EvidenceRequests;
        var late = await Assert.ThrowsAsync<RpcException>(() => host.Ombudsman.SubmitEvidenceAsync(new SubmitEvidenceRequest { EvidenceRequestId = dated.EvidenceRequestId, WhatWasSent = "The file", OccurredAt = London("2027-02-17 10:00") }).ResponseAsync);
        var explained = (await host.Ombudsman.SubmitEvidenceAsync(new SubmitEvidenceRequest
        {
            EvidenceRequestId = dated.EvidenceRequestId, WhatWasSent = "The file", DelayExplanation = "The officer was off sick", OccurredAt = London("2027-02-17 10:00"),
        }).ResponseAsync).Referral;

        Assert.Equal("due_on", undated.Detail<BadRequest>()!.FieldViolations.Single().Field);
        Assert.Equal(("2027-02-15", "as the request states"), (dated.Referral.EvidenceRequests.Single().DueOn, dated.Referral.EvidenceRequests.Single().DueFrom));
        Assert.Equal(DeadlineStatus.Overdue, overdue.EvidenceRequests.Single().Status);
        Assert.Equal(("202600001", DeadlineStatus.Overdue), (openBefore.Single().OmbudsmanCaseReference, openBefore.Single().Status));
        Assert.Empty((await host.Ombudsman.ListOpenEvidenceRequestsAsync(new ListOpenEvidenceRequestsRequest()).ResponseAsync).EvidenceRequests); // answered since
        Assert.Equal("delay_explanation", late.Detail<BadRequest>()!.FieldViolations.Single().Field);
        Assert.Equal((DeadlineStatus.MetLate, "The officer was off sick"), (explained.EvidenceRequests.Single().Status, explained.EvidenceRequests.Single().DelayExplanation));
    }

    // The working-day calendar does not know the field the day came from, so the refusal names the day and its years.
    [Fact]
    public async Task EvidenceRequest_ReceivedBeforeTheCalendarsYears_IsInvalidArgumentNamingTheFieldAndTheYears()
    {
        await using var host = await RunningHost.StartAtAsync(Today, "--Complaints:PolicyProfile=ids"); // due in 15 working days
        var complaint = await ComplaintInStageAsync(host, "Received");
        var referral = (await host.Ombudsman.RecordReferralAsync(Referral("202600003", complaint, "2027-02-01")).ResponseAsync).Referral;

        var error = await Assert.ThrowsAsync<RpcException>(() => host.Ombudsman.RecordEvidenceRequestAsync(
            new RecordEvidenceRequestRequest { ReferralId = referral.Id, What = "The file", ReceivedOn = "1900-01-01" }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var violation = Assert.Single(error.Detail<BadRequest>()!.FieldViolations);
        Assert.Equal(("received_on", "must be between 1978 and 2200"), (violation.Field, violation.Description));
    }

    [Fact]
    public async Task OpenOrders_ShowWhatIsDueSoonAndOverdue()
    {
        await using var host = await RunningHost.StartAtAsync(Today);
        var complaint = await ComplaintInStageAsync(host, "Closed");
        var referral = (await host.Ombudsman.RecordReferralAsync(Referral("202600002", complaint, "2027-04-01")).ResponseAsync).Referral;
        var determination = new RecordDeterminationRequest { ReferralId = referral.Id, DeterminedOn = "2027-05-01" };
        determination.Findings.Add(new ElementFinding { Element = "Repairs", Finding = Finding.SevereMaladministration });
        determination.Orders.Add(new OrderInput { Type = OrderType.Works, Description = "Replace the boiler", Owner = "Repairs", DueOn = "2027-05-28" });
        determination.Orders.Add(new OrderInput { Type = OrderType.ReviewOfPolicy, Description = "Review the repairs policy", Owner = "Policy", DueOn = "2027-06-04" });
        determination.Orders.Add(new OrderInput { Type = OrderType.StaffTraining, Description = "Train the repairs team", Owner = "HR", DueOn = "2027-07-30" });
        await host.Ombudsman.RecordDeterminationAsync(determination).ResponseAsync;

        var all = (await host.Ombudsman.ListOpenOrdersAsync(new ListOpenOrdersRequest()).ResponseAsync).Orders;
        var attention = (await host.Ombudsman.ListOpenOrdersAsync(new ListOpenOrdersRequest { AttentionOnly = true }).ResponseAsync).Orders;

        Assert.Equal([DeadlineStatus.Overdue, DeadlineStatus.DueSoon, DeadlineStatus.OnTrack], all.Select(o => o.Status));
        Assert.Equal(["Replace the boiler", "Review the repairs policy"], attention.Select(o => o.Description));
        Assert.All(all, o => Assert.Equal("202600002", o.OmbudsmanCaseReference));
    }

    private static RecordReferralRequest Referral(string caseReference, string complaintId, string referredOn) =>
        new() { OmbudsmanCaseReference = caseReference, ComplaintIds = { complaintId }, ReferredOn = referredOn, Summary = "Resident unhappy with the repairs" };

    private static async Task<string> RespondedComplaintAsync(RunningHost host)
    {
        var log = IntakeMethods.ValidRequest("Boiler broken for six weeks");
        log.ReceivedAt = London("2026-11-02 10:00");
        log.Points.Add("Boiler");
        var complaint = (await host.Intake.LogComplaintAsync(log).ResponseAsync).Complaint;
        await host.Intake.AcknowledgeComplaintAsync(new AcknowledgeComplaintRequest
        {
            ComplaintId = complaint.Id, ComplaintDefinition = "Boiler", NamedOfficer = "Sam Patel", OccurredAt = London("2026-11-03 09:00"),
        }).ResponseAsync;
        await host.Investigation.RecordContactAsync(new RecordContactRequest
        {
            ComplaintId = complaint.Id, Kind = ContactKind.Call, Direction = ContactDirection.ToResident, Summary = "Agreed the complaint definition", OccurredAt = London("2026-11-03 10:00"),
        }).ResponseAsync;
        var response = new IssueResponseRequest
        {
            ComplaintId = complaint.Id, Stage = 1, ComplaintDefinition = "Boiler", EscalationInformation = "How to ask for stage 2.", OccurredAt = London("2026-11-13 15:00"),
        };
        response.Decisions.Add(new PointDecision { Point = "Boiler", Outcome = DecisionOutcome.NotUpheld, Reasons = "Parts were on order." });
        await host.Investigation.IssueResponseAsync(response).ResponseAsync;
        return complaint.Id;
    }

    private static async Task<string> ComplaintInStageAsync(RunningHost host, string stage)
    {
        var complaint = (await host.Intake.LogComplaintAsync(IntakeMethods.ValidRequest($"Referred from {stage}")).ResponseAsync).Complaint.Id;
        ComplaintTrigger[] path = stage switch
        {
            "Received" => [],
            "Stage1Investigating" => [ComplaintTrigger.Accept, ComplaintTrigger.Acknowledge],
            "Stage1Responded" => [ComplaintTrigger.Accept, ComplaintTrigger.Acknowledge, ComplaintTrigger.IssueStage1Response],
            "Stage2Pending" => [ComplaintTrigger.Accept, ComplaintTrigger.Acknowledge, ComplaintTrigger.IssueStage1Response, ComplaintTrigger.RequestEscalation],
            "Closed" => [ComplaintTrigger.Accept, ComplaintTrigger.Acknowledge, ComplaintTrigger.IssueStage1Response, ComplaintTrigger.Close],
            "Withdrawn" => [ComplaintTrigger.Withdraw],
            _ => throw new ArgumentOutOfRangeException(nameof(stage)),
        };
        foreach (var trigger in path)
            await LifecycleDriver.TransitionAsync(host, complaint, trigger);
        return complaint;
    }
}
