using Complaints.Compensation.Awards;
using Complaints.Compensation.Calculation;
using Complaints.Compensation.Domain;
using Complaints.Compensation.Tests.Infrastructure;
using Complaints.Kernel.Errors;
using static Complaints.Compensation.Tests.Infrastructure.AwardSteps;

namespace Complaints.Compensation.Tests;

/// <summary>
/// Amounts near the ends of int64 and int32, through the module's messages on a real database: refused by field
/// (out of range) or by rule (above what is left to pay), never wrapped.
/// </summary>
public sealed class SafetyLimitTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ProposeAward_WhenALineIsNearInt64Max_IsInvalidNamingTheLine(string provider)
    {
        await using var host = await CompensationHost.StartAsync(provider);
        var customRate = Order(1) with
        {
            Lines = [new LineInput(AwardCategory.TimeAndTrouble, "Visits", null, null, new CustomRateInput(100, int.MaxValue, "visit"), null)],
        };

        var amount = await Assert.ThrowsAsync<ValidationException>(() => host.ExecuteAsync(Order(long.MaxValue - 1), Officer));
        var product = await Assert.ThrowsAsync<ValidationException>(() => host.ExecuteAsync(customRate, Officer));

        Assert.Equal("lines[0].amount_pence", Assert.Single(amount.Violations).Field);
        Assert.Equal("lines[0]", Assert.Single(product.Violations).Field);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RecordPayment_WhenTheAmountIsAboveTheSafetyLimit_IsInvalidNamingAmountPence(string provider)
    {
        await using var host = await CompensationHost.StartAsync(provider);
        var id = await ApprovedOrderAsync(host, 5000);

        var error = await Assert.ThrowsAsync<ValidationException>(() => host.ExecuteAsync(Pay(id, "FIN-1", long.MaxValue - 1), Officer));

        Assert.Equal("amount_pence", Assert.Single(error.Violations).Field);
        Assert.Equal(0, (await ReadAsync(host, id)).PaidPence);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RecordPayment_WhenAboveWhatIsLeft_IsRefusedWithTheRemainingAsData(string provider)
    {
        await using var host = await CompensationHost.StartAsync(provider);
        var id = await ApprovedOrderAsync(host, 5000);
        await host.ExecuteAsync(Pay(id, "FIN-1", 3000), Officer);

        var error = await Assert.ThrowsAsync<RuleViolationException>(() => host.ExecuteAsync(Pay(id, "FIN-2", 2001), Officer));

        Assert.Equal("PAYMENT_ABOVE_REMAINING", error.Reason);
        Assert.Equal(("5000", "3000", "2000", "2001"),
            (error.Metadata["approved_pence"], error.Metadata["paid_pence"], error.Metadata["remaining_pence"], error.Metadata["amount_pence"]));
        Assert.Equal(3000, (await ReadAsync(host, id)).PaidPence);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RecordPayment_WhenTheSumWouldPassInt64Max_IsRefusedAndPaidIsUnchanged(string provider)
    {
        await using var host = await CompensationHost.StartAsync(provider);
        var id = await RecordedBeforeTheLimitAsync(host, AwardStatus.PartPaid, long.MaxValue, long.MaxValue, long.MaxValue - 1);

        var error = await Assert.ThrowsAsync<RuleViolationException>(() => host.ExecuteAsync(Pay(id, "FIN-2", 2), Officer));

        Assert.Equal(("PAYMENT_ABOVE_REMAINING", "1"), (error.Reason, error.Metadata["remaining_pence"]));
        Assert.Equal(long.MaxValue - 1, (await ReadAsync(host, id)).PaidPence);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RecordPayment_WhenPaidHadAlreadyWrappedNegative_IsRefused(string provider)
    {
        await using var host = await CompensationHost.StartAsync(provider);
        var id = await RecordedBeforeTheLimitAsync(host, AwardStatus.PartPaid, long.MaxValue, long.MaxValue, long.MinValue);

        var error = await Assert.ThrowsAsync<RuleViolationException>(() => host.ExecuteAsync(Pay(id, "FIN-3", 100), Officer));

        Assert.Equal(("PAYMENT_ABOVE_REMAINING", "0"), (error.Reason, error.Metadata["remaining_pence"]));
        Assert.Equal(long.MinValue, (await ReadAsync(host, id)).PaidPence);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ApproveAward_WhenTheTotalIsAboveTheSafetyLimit_IsRefusedButMayBeRejected(string provider)
    {
        await using var host = await CompensationHost.StartAsync(provider);
        var id = await RecordedBeforeTheLimitAsync(host, AwardStatus.Proposed, long.MaxValue - 1, null, 0);

        var error = await Assert.ThrowsAsync<RuleViolationException>(() => host.ExecuteAsync(new DecideAwardCommand(id, true, "Ordered", null, null), Director));
        await host.ExecuteAsync(new DecideAwardCommand(id, false, "Mistyped amount", null, null), Director);

        Assert.Equal("AWARD_ABOVE_SAFETY_LIMIT", error.Reason);
        Assert.Equal((AwardStatus.Rejected, (long?)null), ((await ReadAsync(host, id)).Status, (await ReadAsync(host, id)).ApprovedPence));
    }
}
