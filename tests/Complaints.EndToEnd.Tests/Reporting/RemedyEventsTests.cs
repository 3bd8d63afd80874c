using System.Text.Json;
using Complaints.Compensation.Api.V1;
using Complaints.EndToEnd.Tests.Compensation;
using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.EndToEnd.Tests.VexatiousBehaviour;
using Complaints.EventsApi.V1;
using Complaints.OmbudsmanLiaison.Api.V1;
using Complaints.Reporting.Api.V1;
using Complaints.VexatiousBehaviour.Api.V1;
using static Complaints.EndToEnd.Tests.Infrastructure.CompensationMethods;
using static Complaints.EndToEnd.Tests.Infrastructure.When;

namespace Complaints.EndToEnd.Tests.Reporting;

/// <summary>
/// What Compensation, VexatiousBehaviour and OmbudsmanLiaison publish for Reporting, driven through the real API on
/// SQLite and PostgreSQL: an award to paid, a restriction decided, a referral determined with an order complied with
/// late. Every event carries the instant the caller said it happened (not when it was recorded, a year later), and the
/// read models show each; a rebuild replays the log to the same rows. Hosts read 1 June 2027.
/// </summary>
public sealed class RemedyEventsTests
{
    private static readonly DateTimeOffset Today = new(2027, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private static readonly string[] Types =
    [
        "complaints.compensation.v1.AwardProposed", "complaints.compensation.v1.AwardApproved", "complaints.compensation.v1.AwardOfferAnswered",
        "complaints.compensation.v1.AwardPaid", "complaints.vexatious_behaviour.v1.RestrictionDecided",
        "complaints.ombudsman_liaison.v1.ReferralRecorded", "complaints.ombudsman_liaison.v1.DeterminationRecorded",
        "complaints.ombudsman_liaison.v1.OrderMade", "complaints.ombudsman_liaison.v1.OrderComplied",
    ];

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Remedies_ThroughTheApi_PublishTheirInstants_AndFillTheReadModels_ThatARebuildReproduces(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartAtAsync(Today, $"--Database:Provider={database.Provider}", $"--Database:ConnectionString={database.ConnectionString}");
        var complaint = await host.Intake.LogComplaintAsync(Logged("2026-05-05 10:00")).ResponseAsync;
        var complaintId = complaint.Complaint.Id;

        var award = await PaidAwardAsync(host, complaintId);
        var restriction = await host.Conduct.DecideRestrictionAsync(Restriction(await ConductData.WarnedCaseAsync(host, "TEN-000123")), ConductMethods.As("pat.chair")).ResponseAsync;
        var referral = (await host.Ombudsman.RecordReferralAsync(new RecordReferralRequest
        {
            OmbudsmanCaseReference = "202600777", ReferredOn = "2026-07-01", ComplaintIds = { complaintId }, Summary = "Boiler", OccurredAt = London("2026-07-01 10:00"),
        }).ResponseAsync).Referral;
        var determination = new RecordDeterminationRequest { ReferralId = referral.Id, DeterminedOn = "2026-10-01", OccurredAt = London("2026-10-01 10:00") };
        determination.Findings.Add(new ElementFinding { Element = "Boiler repairs", Finding = Finding.Maladministration });
        determination.Findings.Add(new ElementFinding { Element = "Complaint handling", Finding = Finding.ServiceFailure });
        determination.Orders.Add(new OrderInput { Type = OrderType.Works, Description = "Replace the boiler", Owner = "Repairs", DueOn = "2026-10-29" });
        var order = (await host.Ombudsman.RecordDeterminationAsync(determination).ResponseAsync).Referral.Orders.Single();
        await host.Ombudsman.RecordOrderComplianceAsync(new RecordOrderComplianceRequest
        {
            OrderId = order.Id, Evidence = "Works order completed", CompliedOn = "2026-11-05", OccurredAt = London("2026-11-05 16:00"),
        }).ResponseAsync;

        var events = (await Events.Subscription.UntilCaughtUpAsync(host, new SubscribeRequest { EventTypes = { Types } })).Events;
        Assert.Equal(Types.Order(StringComparer.Ordinal), events.Select(e => e.Type).Order(StringComparer.Ordinal));
        Assert.Equal(At("2026-05-20T09:00:00Z"), OccurredAt(events, "AwardProposed"));
        Assert.Equal(At("2026-05-21T10:00:00Z"), OccurredAt(events, "AwardApproved"));
        Assert.Equal(At("2026-05-28T13:00:00Z"), OccurredAt(events, "AwardPaid"));
        Assert.Equal(At("2026-06-01T09:00:00Z"), OccurredAt(events, "RestrictionDecided"));
        Assert.Equal(At("2026-07-01T09:00:00Z"), OccurredAt(events, "ReferralRecorded"));
        Assert.Equal(At("2026-10-01T09:00:00Z"), OccurredAt(events, "DeterminationRecorded"));
        Assert.Equal(At("2026-10-01T09:00:00Z"), OccurredAt(events, "OrderMade"));
        Assert.Equal(At("2026-11-05T16:00:00Z"), OccurredAt(events, "OrderComplied"));
        Assert.All(events, e => Assert.True(e.RecordedAt.ToDateTimeOffset() >= Today)); // recorded a year on
        var approved = Payload(events, "AwardApproved");
        Assert.Equal((15000L, "Maladministration", "maya.manager", complaintId),
            (approved.GetProperty("approvedPence").GetInt64(), approved.GetProperty("band").GetString(), approved.GetProperty("approvedBy").GetString(),
             approved.GetProperty("complaintId").GetString()));
        Assert.Equal(["TimeAndTrouble:5000", "DistressAndInconvenience:10000"],
            approved.GetProperty("categories").EnumerateArray().Select(c => $"{c.GetProperty("category").GetString()}:{c.GetProperty("amountPence").GetInt64()}"));
        var complied = Payload(events, "OrderComplied");
        Assert.Equal((false, order.Id, complaintId), (complied.GetProperty("onTime").GetBoolean(), complied.GetProperty("orderId").GetInt64(), complied.GetProperty("complaintId").GetString()));
        Assert.Equal(["Maladministration", "ServiceFailure"],
            Payload(events, "DeterminationRecorded").GetProperty("elements").EnumerateArray().Select(e => e.GetProperty("finding").GetString()));

        var rows = await ReadModelRowsAsync(database, expected: 8);
        Assert.Equal(
        [
            $"award {award.Id} {award.Reference} Maladministration approved 15000 paid 15000 in full 2026-05-28",
            "case 202600777 referred 2026-07-01 determined 2026-10-01",
            $"category {award.Id} DistressAndInconvenience 10000",
            $"category {award.Id} TimeAndTrouble 5000",
            "finding 202600777 1 Maladministration",
            "finding 202600777 2 ServiceFailure",
            $"order {order.Id} Works due 2026-10-29 complied 2026-11-05 on time 0",
            $"restriction {restriction.RestrictionId} WrittenContactOnly review due 2026-12-01",
        ], rows);

        await host.Reporting.RebuildReadModelsAsync(new RebuildReadModelsRequest(), Caller.Exactly("ada", "administrator")).ResponseAsync;
        Assert.Equal(rows, await ReadModelRowsAsync(database, expected: 8));
    }

    private static async Task<Award> PaidAwardAsync(RunningHost host, string complaintId)
    {
        var proposal = AwardsData.Proposal(complaintId,
            AwardsData.Amount(AwardCategory.TimeAndTrouble, "Chasing the repair", 5000), AwardsData.Amount(AwardCategory.DistressAndInconvenience, "Six weeks without heat", 10000));
        proposal.OccurredAt = London("2026-05-20 10:00");
        var proposed = (await host.Compensation.ProposeAwardAsync(proposal, Officer).ResponseAsync).Award;
        await host.Compensation.ApproveAwardAsync(new ApproveAwardRequest { AwardId = proposed.Id, Reason = "Proportionate", OccurredAt = London("2026-05-21 11:00") }, Manager).ResponseAsync;
        await host.Compensation.RecordOfferResponseAsync(new RecordOfferResponseRequest
        {
            AwardId = proposed.Id, Response = OfferResponse.Accepted, OccurredAt = London("2026-05-22 09:00"),
        }, Officer).ResponseAsync;
        return (await host.Compensation.RecordPaymentAsync(new RecordPaymentRequest
        {
            AwardId = proposed.Id, Method = PaymentMethod.BankTransfer, PaymentReference = "FIN-1", AmountPence = 15000, PaidOn = "2026-05-28",
            OccurredAt = London("2026-05-28 14:00"),
        }, Officer).ResponseAsync).Award;
    }

    /// <summary>Written contact only from 1 June 2026, on an immediate risk recorded then (the case's warning came later).</summary>
    private static DecideRestrictionRequest Restriction(ConductCase conductCase)
    {
        var decision = ConductData.Decision(conductCase.Id, RestrictionType.WrittenContactOnly, endsOn: "2027-05-31");
        decision.ImmediateRisk = "Threats made to staff on the phone";
        decision.OccurredAt = London("2026-06-01 10:00");
        return decision;
    }

    private static global::Complaints.Intake.Api.V1.LogComplaintRequest Logged(string receivedAt)
    {
        var log = IntakeMethods.ValidRequest("Boiler broken for six weeks");
        log.ReceivedAt = London(receivedAt);
        return log;
    }

    private static JsonElement Payload(List<Event> events, string name) =>
        JsonDocument.Parse(events.Single(e => e.Type.EndsWith($".{name}", StringComparison.Ordinal)).PayloadJson).RootElement;

    private static Google.Protobuf.WellKnownTypes.Timestamp OccurredAt(List<Event> events, string name) =>
        Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(Payload(events, name).GetProperty("occurredAt").GetDateTimeOffset());

    /// <summary>The read models' rows, one line each, read from the database itself once the projector has written them all.</summary>
    private static async Task<List<string>> ReadModelRowsAsync(TestDatabase database, int expected)
    {
        const string Sql = """
            SELECT 'award ' || "AwardId" || ' ' || "Reference" || ' ' || "Band" || ' approved ' || "ApprovedPence" || ' paid ' || "PaidPence"
                   || ' in full ' || CAST("PaidInFullOn" AS TEXT) FROM reporting_awards WHERE "ApprovedAt" IS NOT NULL AND "LastPaidAt" IS NOT NULL
            UNION ALL SELECT 'category ' || "AwardId" || ' ' || "Category" || ' ' || "AmountPence" FROM reporting_award_categories
            UNION ALL SELECT 'case ' || "OmbudsmanCaseReference" || ' referred ' || CAST("ReferredOn" AS TEXT) || ' determined ' || CAST("DeterminedOn" AS TEXT)
                   FROM reporting_ombudsman_cases WHERE "ReferredAt" IS NOT NULL AND "DeterminedAt" IS NOT NULL
            UNION ALL SELECT 'finding ' || "OmbudsmanCaseReference" || ' ' || "Number" || ' ' || "Finding" FROM reporting_ombudsman_findings
            UNION ALL SELECT 'order ' || "OrderId" || ' ' || "Type" || ' due ' || CAST("DueOn" AS TEXT) || ' complied ' || CAST("CompliedOn" AS TEXT)
                   || ' on time ' || CASE WHEN "OnTime" THEN 1 ELSE 0 END FROM reporting_ombudsman_orders WHERE "CompliedAt" IS NOT NULL
            UNION ALL SELECT 'restriction ' || "RestrictionId" || ' ' || "Kind" || ' review due ' || CAST("ReviewDueOn" AS TEXT) FROM reporting_restrictions
            """;
        List<string> rows = [];
        for (var attempt = 0; attempt < 100 && rows.Count < expected; attempt++)
        {
            if (attempt > 0)
                await Task.Delay(100);
            rows = await DatabaseSchema.ReadAsync(database, Sql);
        }
        return rows.Order(StringComparer.Ordinal).ToList();
    }
}
