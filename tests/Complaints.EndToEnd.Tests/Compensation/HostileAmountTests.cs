using Complaints.Compensation.Api.V1;
using Complaints.EndToEnd.Tests.Infrastructure;
using Google.Rpc;
using Grpc.Core;
using static Complaints.EndToEnd.Tests.Infrastructure.CompensationMethods;
using StatusCode = Grpc.Core.StatusCode;

namespace Complaints.EndToEnd.Tests.Compensation;

/// <summary>
/// Amounts near the ends of int64 and int32 on the wire: INVALID_ARGUMENT naming the field when an amount is out of
/// range, FAILED_PRECONDITION with the reason and what is left to pay when a payment is above it; never a wrapped sum.
/// </summary>
public sealed class HostileAmountTests : IClassFixture<HostFixture>
{
    private readonly RunningHost host;

    public HostileAmountTests(HostFixture fixture) => host = fixture.Host;

    [Fact]
    public async Task CalculateAndPropose_WhenALineIsNearTheEndsOfInt64OrInt32_AreInvalidNamingTheLine()
    {
        var amount = new CalculateAwardRequest();
        amount.Lines.Add(AwardsData.Amount(AwardCategory.TimeAndTrouble, "Time", long.MaxValue - 1));
        var quantity = new CalculateAwardRequest();
        quantity.Lines.Add(AwardsData.FixedSum("No heating", "LOSS_OF_HEATING_AND_HOT_WATER", int.MaxValue));
        var proposal = AwardsData.Proposal(await AwardsData.ComplaintAsync(host), AwardsData.Amount(AwardCategory.TimeAndTrouble, "Time", long.MaxValue));

        var calculated = await Assert.ThrowsAsync<RpcException>(() => host.Compensation.CalculateAwardAsync(amount).ResponseAsync);
        var priced = await Assert.ThrowsAsync<RpcException>(() => host.Compensation.CalculateAwardAsync(quantity).ResponseAsync);
        var proposed = await Assert.ThrowsAsync<RpcException>(() => host.Compensation.ProposeAwardAsync(proposal, Officer).ResponseAsync);

        Assert.Equal((StatusCode.InvalidArgument, StatusCode.InvalidArgument, StatusCode.InvalidArgument), (calculated.StatusCode, priced.StatusCode, proposed.StatusCode));
        Assert.Equal(["lines[0].amount_pence"], calculated.Detail<BadRequest>()!.FieldViolations.Select(v => v.Field));
        Assert.Equal(["lines[0]"], priced.Detail<BadRequest>()!.FieldViolations.Select(v => v.Field));
        Assert.Equal(["lines[0].amount_pence"], proposed.Detail<BadRequest>()!.FieldViolations.Select(v => v.Field));
    }

    [Fact]
    public async Task RecordPayment_PayingInt64MaxMinusOneThenTwo_IsRefusedThenPaid_NeverWrapped()
    {
        var award = await AwardsData.AcceptedAsync(host, 5000);

        var huge = await Assert.ThrowsAsync<RpcException>(() => host.Compensation.RecordPaymentAsync(Pay(award.Id, "FIN-1", long.MaxValue - 1), Officer).ResponseAsync);
        var two = (await host.Compensation.RecordPaymentAsync(Pay(award.Id, "FIN-2", 2), Officer).ResponseAsync).Award;

        Assert.Equal(StatusCode.InvalidArgument, huge.StatusCode);
        Assert.Equal(["amount_pence"], huge.Detail<BadRequest>()!.FieldViolations.Select(v => v.Field));
        Assert.Equal((AwardStatus.PartPaid, 2L), (two.Status, two.PaidPence));
    }

    [Fact]
    public async Task RecordPayment_AboveWhatIsLeft_IsFailedPreconditionWithTheReasonAndTheRemaining()
    {
        var award = await AwardsData.AcceptedAsync(host, 5000);
        await host.Compensation.RecordPaymentAsync(Pay(award.Id, "FIN-1", 3000), Officer).ResponseAsync;

        var error = await Assert.ThrowsAsync<RpcException>(() => host.Compensation.RecordPaymentAsync(Pay(award.Id, "FIN-2", 2001), Officer).ResponseAsync);
        var info = error.Detail<ErrorInfo>()!;

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Equal(("PAYMENT_ABOVE_REMAINING", "2000", award.Reference), (info.Reason, info.Metadata["remaining_pence"], info.Metadata["award"]));
        Assert.Equal("PAYMENT_ABOVE_REMAINING", Assert.Single(error.Detail<PreconditionFailure>()!.Violations).Type);
    }

    private static RecordPaymentRequest Pay(long awardId, string reference, long pence) => new()
    {
        AwardId = awardId, Method = PaymentMethod.BankTransfer, PaymentReference = reference, AmountPence = pence,
    };
}
