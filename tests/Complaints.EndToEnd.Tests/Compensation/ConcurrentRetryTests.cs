using Complaints.Compensation.Api.V1;
using Complaints.EndToEnd.Tests.Infrastructure;
using Google.Rpc;
using Grpc.Core;
using static Complaints.EndToEnd.Tests.Infrastructure.CompensationMethods;
using StatusCode = Grpc.Core.StatusCode;

namespace Complaints.EndToEnd.Tests.Compensation;

/// <summary>
/// Fifty calls at once on one award, over gRPC, on SQLite and PostgreSQL: retries of one payment all answer with the
/// award as paid once; a different payment under the same finance reference is ALREADY_EXISTS; approvals racing with
/// one expected_version leave one winner and ABORTED (STALE_VERSION) for the rest — never UNKNOWN or INTERNAL.
/// </summary>
public sealed class ConcurrentRetryTests
{
    private const int Callers = 50;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RecordPayment_WhenFiftyIdenticalRetriesRace_EachAnswersWithTheAwardPaidOnce(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);
        var award = await AwardsData.AcceptedAsync(host, 5000);
        var payment = Pay(award.Id, 5000);

        var answers = await RaceAsync(Callers, async _ => (await host.Compensation.RecordPaymentAsync(payment, Officer).ResponseAsync).Award);

        Assert.All(answers, answer => Assert.Equal(StatusCode.OK, answer.Code));
        Assert.All(answers, answer => Assert.Equal((AwardStatus.Paid, 5000L, 1), (answer.Award!.Status, answer.Award.PaidPence, answer.Award.Payments.Count)));
        Assert.Single(answers.Select(a => a.Award!.Version).Distinct());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RecordPayment_WhenTwoBodiesRaceUnderOneReference_OneIsPaidAndTheOtherIsAlreadyExists(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);
        var award = await AwardsData.AcceptedAsync(host, 5000);

        var answers = await RaceAsync(Callers, async i => (await host.Compensation.RecordPaymentAsync(Pay(award.Id, i % 2 == 0 ? 5000 : 4000), Officer).ResponseAsync).Award);
        var paid = (await host.Compensation.GetAwardAsync(new GetAwardRequest { Id = award.Id }).ResponseAsync).Award;

        var winners = Assert.Single(paid.Payments).AmountPence == 5000 ? 0 : 1;
        Assert.All(answers.Where((_, i) => i % 2 == winners), answer => Assert.Equal(StatusCode.OK, answer.Code));
        Assert.All(answers.Where((_, i) => i % 2 != winners), answer => Assert.Equal(StatusCode.AlreadyExists, answer.Code));
        Assert.Equal(paid.Payments[0].AmountPence, paid.PaidPence);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ApproveAward_WhenCallsRaceWithOneExpectedVersion_OneIsApprovedAndTheRestAreAborted(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);
        var proposed = (await host.Compensation.ProposeAwardAsync(
            AwardsData.Proposal(await AwardsData.ComplaintAsync(host), AwardsData.Amount(AwardCategory.TimeAndTrouble, "Time", 2500)), Officer).ResponseAsync).Award;
        var approve = new ApproveAwardRequest { AwardId = proposed.Id, Reason = "Proportionate", ExpectedVersion = proposed.Version };

        var answers = await RaceAsync(Callers, async _ => (await host.Compensation.ApproveAwardAsync(approve, Manager).ResponseAsync).Award);
        var read = (await host.Compensation.GetAwardAsync(new GetAwardRequest { Id = proposed.Id }).ResponseAsync).Award;

        Assert.Single(answers, answer => answer.Code == StatusCode.OK);
        Assert.All(answers.Where(a => a.Code != StatusCode.OK), answer => Assert.Equal((StatusCode.Aborted, "STALE_VERSION"), (answer.Code, answer.Reason)));
        Assert.Equal((AwardStatus.Approved, proposed.Version + 1), (read.Status, read.Version));
        Assert.Single(read.Decisions, d => d.Kind == "Approved");
    }

    private sealed record Answer(StatusCode Code, string Reason, Award? Award);

    private static RecordPaymentRequest Pay(long awardId, long pence) => new()
    {
        AwardId = awardId, Method = PaymentMethod.BankTransfer, PaymentReference = "FIN-RACE", AmountPence = pence,
    };

    /// <summary>Starts every call at once (Task.Run, so they overlap) and keeps each answer: the award, or the status and its ErrorInfo reason.</summary>
    private static Task<Answer[]> RaceAsync(int callers, Func<int, Task<Award>> call) =>
        Task.WhenAll(Enumerable.Range(0, callers).Select(i => Task.Run(async () =>
        {
            try
            {
                return new Answer(StatusCode.OK, "", await call(i));
            }
            catch (RpcException e)
            {
                return new Answer(e.StatusCode, e.Detail<ErrorInfo>()?.Reason ?? "", null);
            }
        })));
}
