using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.EndToEnd.Tests.VexatiousBehaviour;
using Complaints.Intake.Api.V1;
using Complaints.Investigation.Api.V1;
using Complaints.OmbudsmanLiaison.Api.V1;
using Complaints.VexatiousBehaviour.Api.V1;
using static Complaints.EndToEnd.Tests.Infrastructure.When;
using CompensationApi = Complaints.Compensation.Api.V1;

namespace Complaints.EndToEnd.Tests.Reporting;

/// <summary>
/// One open item of every kind, made through the real API with the host's clock at Mon 1 Mar 2027 12:00 (code2024:
/// lifecycle due soon 2 working days, actions 5, Ombudsman 5, restriction reviews 10, awards paid within 20, due soon 5):
/// <list type="bullet">
/// <item>A — acknowledgement of stage 2 for a complaint Sam (Repairs) handled at stage 1, escalated Mon 15 Feb, due Mon 22 Feb.</item>
/// <item>F — an Ombudsman apology order due Fri 26 Feb, owned by Olivia, about complaint E (Sam's).</item>
/// <item>C — an action promised on A, due Wed 3 Mar.</item>
/// <item>D — an Ombudsman evidence request about E, due Mon 8 Mar.</item>
/// <item>B — the stage 1 response of a complaint acknowledged Tue 23 Feb, due Tue 9 Mar, extended 5 days to Tue 16 Mar; Kim (Housing).</item>
/// <item>G — the review of a restriction decided by Pat from today to Fri 19 Mar, due then.</item>
/// <item>H — an award on B accepted today, to pay within 20 working days: Wed 31 Mar (Good Friday and Easter Monday counted out).</item>
/// </list>
/// </summary>
public sealed record WorkQueueData(Complaint A, Complaint B, Complaint E, long OrderId, long ActionId, long EvidenceRequestId, long RestrictionId, long AwardId)
{
    public static readonly DateTimeOffset Today = new(2027, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public static readonly Officer Sam = new() { Id = "sam", Name = "Sam Patel", Seniority = Seniority.Officer, ServiceArea = "Repairs" };

    public static readonly Officer Kim = new() { Id = "kim", Name = "Kim Lo", Seniority = Seniority.Officer, ServiceArea = "Housing" };

    public static async Task<WorkQueueData> MakeAsync(RunningHost host)
    {
        var a = await AcknowledgedAsync(host, "2027-02-01 10:00", Sam);
        await host.Investigation.IssueResponseAsync(Response(a.Id, "2027-02-10 15:00")).ResponseAsync;
        await host.Investigation.RequestEscalationAsync(new RequestEscalationRequest { ComplaintId = a.Id, OccurredAt = London("2027-02-15 10:00") }).ResponseAsync;
        var action = (await host.Investigation.AddActionAsync(new AddActionRequest { ComplaintId = a.Id, Description = "Replace the boiler", DueOn = "2027-03-03" }).ResponseAsync).Action;

        var b = await AcknowledgedAsync(host, "2027-02-22 10:00", Kim);
        await host.Investigation.ExtendDeadlineAsync(new ExtendDeadlineRequest
        {
            ComplaintId = b.Id, WorkingDays = 5, Reason = "Waiting for the contractor's report", OmbudsmanDetailsGiven = true, OccurredAt = London("2027-02-26 10:00"),
        }).ResponseAsync;

        var e = await AcknowledgedAsync(host, "2027-02-01 10:00", Sam);
        var referral = (await host.Ombudsman.RecordReferralAsync(new RecordReferralRequest
        {
            OmbudsmanCaseReference = "202700001", ComplaintIds = { e.Id }, ReferredOn = "2027-02-10", Summary = "Resident unhappy with the repairs",
        }).ResponseAsync).Referral;
        var evidence = await host.Ombudsman.RecordEvidenceRequestAsync(new RecordEvidenceRequestRequest
        {
            ReferralId = referral.Id, What = "The repair history", ReceivedOn = "2027-02-15", DueOn = "2027-03-08",
        }).ResponseAsync;
        var determination = new RecordDeterminationRequest { ReferralId = referral.Id, DeterminedOn = "2027-02-20" };
        determination.Findings.Add(new ElementFinding { Element = "Complaint handling", Finding = Finding.ServiceFailure });
        determination.Orders.Add(new OrderInput { Type = OrderType.Apology, Description = "Apologise in writing", Owner = "olivia", DueOn = "2027-02-26" });
        var order = (await host.Ombudsman.RecordDeterminationAsync(determination).ResponseAsync).Referral.Orders.Single();

        var warned = await ConductData.WarnedCaseAsync(host, "TEN-900");
        var restriction = (await host.Conduct.DecideRestrictionAsync(ConductData.Decision(warned.Id, RestrictionType.WrittenContactOnly, "2027-03-19"),
            ConductMethods.As("pat.chair")).ResponseAsync).ConductCase.Restrictions.Single();

        var award = await AcceptedAwardAsync(host, b.Id);
        return new WorkQueueData(a, b, e, order.Id, action.Id, evidence.EvidenceRequestId, restriction.Id, award);
    }

    private static async Task<Complaint> LoggedAsync(RunningHost host, string receivedAt)
    {
        var log = IntakeMethods.ValidRequest("Boiler broken");
        log.ReceivedAt = London(receivedAt);
        log.Points.Add("Boiler");
        return (await host.Intake.LogComplaintAsync(log).ResponseAsync).Complaint;
    }

    /// <summary>Logged, acknowledged the next day at 09:00 and assigned to <paramref name="officer"/> at stage 1.</summary>
    private static async Task<Complaint> AcknowledgedAsync(RunningHost host, string receivedAt, Officer officer)
    {
        var complaint = await LoggedAsync(host, receivedAt);
        var nextDay = DateTime.Parse(receivedAt, System.Globalization.CultureInfo.InvariantCulture).AddDays(1).ToString("yyyy-MM-dd 09:00", System.Globalization.CultureInfo.InvariantCulture);
        await host.Intake.AcknowledgeComplaintAsync(new AcknowledgeComplaintRequest
        {
            ComplaintId = complaint.Id, ComplaintDefinition = "Boiler", NamedOfficer = officer.Name, OccurredAt = London(nextDay),
        }).ResponseAsync;
        await host.Investigation.AssignOfficerAsync(new AssignOfficerRequest
        {
            ComplaintId = complaint.Id, Stage = 1, Officer = officer, ServiceAreaComplainedAbout = "Repairs",
        }).ResponseAsync;
        return complaint;
    }

    private static IssueResponseRequest Response(string complaintId, string respondedAt)
    {
        var response = new IssueResponseRequest
        {
            ComplaintId = complaintId, Stage = 1, ComplaintDefinition = "Boiler", EscalationInformation = "How to ask for stage 2.", OccurredAt = London(respondedAt),
        };
        response.Decisions.Add(new PointDecision { Point = "Boiler", Outcome = DecisionOutcome.Upheld, Reasons = "Two visits missed." });
        return response;
    }

    private static async Task<long> AcceptedAwardAsync(RunningHost host, string complaintId)
    {
        var proposal = new CompensationApi.ProposeAwardRequest { ComplaintId = complaintId, Rationale = "Six weeks without heating" };
        proposal.Lines.Add(new CompensationApi.AwardLineInput { Category = CompensationApi.AwardCategory.TimeAndTrouble, Description = "Time and trouble", AmountPence = 15000 });
        var proposed = (await host.Compensation.ProposeAwardAsync(proposal, CompensationMethods.Officer).ResponseAsync).Award;
        await host.Compensation.ApproveAwardAsync(new CompensationApi.ApproveAwardRequest { AwardId = proposed.Id, Reason = "Proportionate" }, CompensationMethods.Director).ResponseAsync;
        await host.Compensation.RecordOfferResponseAsync(new CompensationApi.RecordOfferResponseRequest
        {
            AwardId = proposed.Id, Response = CompensationApi.OfferResponse.Accepted,
        }, CompensationMethods.Officer).ResponseAsync;
        return proposed.Id;
    }
}
