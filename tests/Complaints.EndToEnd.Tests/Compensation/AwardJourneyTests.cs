using Complaints.Compensation.Api.V1;
using Complaints.EndToEnd.Tests.Infrastructure;
using Grpc.Core;
using static Complaints.EndToEnd.Tests.Infrastructure.CompensationMethods;
using StatusCode = Grpc.Core.StatusCode;

namespace Complaints.EndToEnd.Tests.Compensation;

/// <summary>An award from proposal to payment over gRPC, every decision audited, on SQLite and PostgreSQL.</summary>
public sealed class AwardJourneyTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Award_FromProposalToPayment_WithEveryDecisionAudited(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);
        var complaintId = await AwardsData.ComplaintAsync(host);
        var proposal = AwardsData.Proposal(complaintId,
            AwardsData.FixedSum("Two missed repair appointments", "MISSED_APPOINTMENT", 2),
            AwardsData.Amount(AwardCategory.TimeAndTrouble, "Chasing the repair for six weeks", 5000),
            AwardsData.FinancialLoss("Electric heater running costs", 4599, "Electricity bill, March 2026"));

        var proposed = (await host.Compensation.ProposeAwardAsync(proposal, Officer).ResponseAsync).Award;
        var approved = (await host.Compensation.ApproveAwardAsync(new ApproveAwardRequest
        {
            AwardId = proposed.Id, Reason = "Proportionate to six weeks without a working boiler", ExpectedVersion = proposed.Version,
        }, Manager).ResponseAsync).Award;
        await host.Compensation.RecordOfferResponseAsync(new RecordOfferResponseRequest
        {
            AwardId = proposed.Id, Response = OfferResponse.Accepted, Note = "Accepted by phone",
        }, Officer).ResponseAsync;
        var payment = new RecordPaymentRequest
        {
            AwardId = proposed.Id, Method = PaymentMethod.BankTransfer, PaymentReference = "FIN-2026-0042", AmountPence = 12599,
        };
        var paid = (await host.Compensation.RecordPaymentAsync(payment, Officer).ResponseAsync).Award;
        var replayed = (await host.Compensation.RecordPaymentAsync(payment, Officer).ResponseAsync).Award;
        var read = (await host.Compensation.GetAwardAsync(new GetAwardRequest { Reference = proposed.Reference }).ResponseAsync).Award;

        Assert.Matches(@"^AWD-\d{4}-000001$", proposed.Reference);
        Assert.Equal([3000L, 5000L, 4599L], proposed.Lines.Select(l => l.AmountPence));
        Assert.Equal((12599L, "Maladministration"), (proposed.TotalPence, proposed.Band.Name));
        Assert.Equal((1500L, 2, "appointment"), (proposed.Lines[0].RatePence, proposed.Lines[0].Quantity, proposed.Lines[0].Unit));
        Assert.Equal((AwardStatus.Approved, 12599L), (approved.Status, approved.ApprovedPence));
        Assert.Equal((AwardStatus.Paid, 12599L), (paid.Status, paid.PaidPence));
        Assert.Equal((paid.Version, 1), (replayed.Version, replayed.Payments.Count)); // the same payment again changes nothing
        Assert.Equal(["Proposed", "Approved", "Accepted", "Paid"], read.Decisions.Select(d => d.Kind));
        Assert.Equal(["olu.officer", "maya.manager", "olu.officer", "olu.officer"], read.Decisions.Select(d => d.Actor));
        Assert.Equal(["compensation-manager"], read.Decisions[1].ActorRoles);
        Assert.Contains("FIN-2026-0042", read.Decisions[3].Reason);
        Assert.Equal(complaintId, read.ComplaintId);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Payments_NeverPassTheApprovedAmount_AndAReferenceIsUsedOnce(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);
        var award = await AwardsData.AcceptedAsync(host, 5000);

        var part = (await host.Compensation.RecordPaymentAsync(Pay(award.Id, "PAY-1", 3000), Officer).ResponseAsync).Award;
        var over = await Assert.ThrowsAsync<RpcException>(() => host.Compensation.RecordPaymentAsync(Pay(award.Id, "PAY-2", 3000), Officer).ResponseAsync);
        var sameReferenceOtherAmount = await Assert.ThrowsAsync<RpcException>(() => host.Compensation.RecordPaymentAsync(Pay(award.Id, "PAY-1", 2000), Officer).ResponseAsync);
        var rest = (await host.Compensation.RecordPaymentAsync(Pay(award.Id, "PAY-3", 2000), Officer).ResponseAsync).Award;
        var twice = await Assert.ThrowsAsync<RpcException>(() => host.Compensation.RecordPaymentAsync(Pay(award.Id, "PAY-4", 1), Officer).ResponseAsync);
        var cancel = await Assert.ThrowsAsync<RpcException>(() => host.Compensation.CancelAwardAsync(new CancelAwardRequest { AwardId = award.Id, Reason = "Too late" }, Officer).ResponseAsync);
        var read = (await host.Compensation.GetAwardAsync(new GetAwardRequest { Id = award.Id }).ResponseAsync).Award;

        Assert.Equal((AwardStatus.PartPaid, 3000L), (part.Status, part.PaidPence));
        Assert.Equal(StatusCode.FailedPrecondition, over.StatusCode);
        Assert.Contains("above the £50.00 approved; £20.00 is left to pay", over.Status.Detail);
        Assert.Equal(StatusCode.AlreadyExists, sameReferenceOtherAmount.StatusCode);
        Assert.Equal((AwardStatus.Paid, 5000L), (rest.Status, rest.PaidPence));
        Assert.Equal(StatusCode.FailedPrecondition, twice.StatusCode);
        Assert.Equal(StatusCode.FailedPrecondition, cancel.StatusCode);
        Assert.Contains("the award is Paid", cancel.Status.Detail);
        Assert.Equal((5000L, 2), (read.PaidPence, read.Payments.Count));
    }

    [Fact]
    public async Task AnOffer_IsPaidOnlyOnceAccepted_ButAnOmbudsmanOrderAsSoonAsApproved()
    {
        await using var host = await RunningHost.StartAsync();
        var offer = await AwardsData.ApprovedAsync(host, AwardsData.Proposal(await AwardsData.ComplaintAsync(host), AwardsData.Amount(AwardCategory.DistressAndInconvenience, "Distress", 10000)));
        var orderProposal = AwardsData.Proposal("", AwardsData.Amount(AwardCategory.DistressAndInconvenience, "Ordered by the Ombudsman", 40000));
        orderProposal.OmbudsmanCaseReference = "202412345";
        var order = await AwardsData.ApprovedAsync(host, orderProposal);

        var early = await Assert.ThrowsAsync<RpcException>(() => host.Compensation.RecordPaymentAsync(Pay(offer.Id, "P-1", 10000), Officer).ResponseAsync);
        var orderPaid = (await host.Compensation.RecordPaymentAsync(Pay(order.Id, "P-2", 40000), Officer).ResponseAsync).Award;

        Assert.Equal(StatusCode.FailedPrecondition, early.StatusCode);
        Assert.Contains("the award is Approved: an offer is paid once the resident accepts it", early.Status.Detail);
        Assert.Contains("Accept", early.Status.Detail);
        Assert.Equal(AwardStatus.Paid, orderPaid.Status);
    }

    [Fact]
    public async Task ADeclinedOffer_MayStillBeAccepted_AndAnUnpaidAwardCancelled()
    {
        await using var host = await RunningHost.StartAsync();
        var award = await AwardsData.ApprovedAsync(host, AwardsData.Proposal(await AwardsData.ComplaintAsync(host), AwardsData.Amount(AwardCategory.TimeAndTrouble, "Time", 2500)));

        var declined = (await host.Compensation.RecordOfferResponseAsync(new RecordOfferResponseRequest { AwardId = award.Id, Response = OfferResponse.Declined, Note = "Wants more" }, Officer).ResponseAsync).Award;
        var accepted = (await host.Compensation.RecordOfferResponseAsync(new RecordOfferResponseRequest { AwardId = award.Id, Response = OfferResponse.Accepted }, Officer).ResponseAsync).Award;
        var bare = await Assert.ThrowsAsync<RpcException>(() => host.Compensation.CancelAwardAsync(new CancelAwardRequest { AwardId = award.Id }, Officer).ResponseAsync);
        var cancelled = (await host.Compensation.CancelAwardAsync(new CancelAwardRequest { AwardId = award.Id, Reason = "Superseded by the Ombudsman's order" }, Officer).ResponseAsync).Award;

        Assert.Equal((AwardStatus.Declined, AwardStatus.Accepted, AwardStatus.Cancelled), (declined.Status, accepted.Status, cancelled.Status));
        Assert.Equal(StatusCode.InvalidArgument, bare.StatusCode);
    }

    [Fact]
    public async Task ApproveAward_WithAStaleVersion_IsAborted()
    {
        await using var host = await RunningHost.StartAsync();
        var proposed = (await host.Compensation.ProposeAwardAsync(AwardsData.Proposal(await AwardsData.ComplaintAsync(host), AwardsData.Amount(AwardCategory.TimeAndTrouble, "Time", 2500)), Officer).ResponseAsync).Award;

        var stale = await Assert.ThrowsAsync<RpcException>(() => host.Compensation.ApproveAwardAsync(new ApproveAwardRequest { AwardId = proposed.Id, Reason = "Fine", ExpectedVersion = proposed.Version + 1 }, Manager).ResponseAsync);
        var read = (await host.Compensation.GetAwardAsync(new GetAwardRequest { Id = proposed.Id }).ResponseAsync).Award;

        Assert.Equal(StatusCode.Aborted, stale.StatusCode);
        Assert.Equal(AwardStatus.Proposed, read.Status);
    }

    private static RecordPaymentRequest Pay(long awardId, string reference, long pence) => new()
    {
        AwardId = awardId, Method = PaymentMethod.BankTransfer, PaymentReference = reference, AmountPence = pence,
    };
}
