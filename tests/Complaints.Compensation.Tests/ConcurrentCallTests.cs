using Complaints.Compensation.Awards;
using Complaints.Compensation.Domain;
using Complaints.Compensation.Tests.Infrastructure;
using static Complaints.Compensation.Tests.Infrastructure.AwardSteps;

namespace Complaints.Compensation.Tests;

/// <summary>
/// Calls that race on one award, each in its own scope and transaction as concurrent requests are: retries of one
/// payment all get the idempotent answer, and a stale expected_version loses with a concurrency conflict (ABORTED).
/// </summary>
public sealed class ConcurrentCallTests
{
    private const int Callers = 50;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RecordPayment_WhenFiftyIdenticalRetriesRace_EachGetsTheIdempotentResult(string provider)
    {
        await using var host = await CompensationHost.StartAsync(provider);
        var id = await ApprovedOrderAsync(host, 5000);

        var outcomes = await RaceAsync(Callers, _ => host.ExecuteAsync(Pay(id, "FIN-RACE", 5000), Officer));

        Assert.All(outcomes, outcome => Assert.Equal("OK", outcome));
        var award = await ReadAsync(host, id);
        Assert.Equal((AwardStatus.Paid, 5000L), (award.Status, award.PaidPence));
        Assert.Single(await PaymentsAsync(host, id));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RecordPayment_WhenTwoBodiesRaceUnderOneReference_OneIsRecordedAndTheOtherIsAlreadyExists(string provider)
    {
        await using var host = await CompensationHost.StartAsync(provider);
        var id = await ApprovedOrderAsync(host, 5000);

        var outcomes = await RaceAsync(Callers, i => host.ExecuteAsync(Pay(id, "FIN-RACE", i % 2 == 0 ? 5000 : 4000), Officer));

        var payment = Assert.Single(await PaymentsAsync(host, id));
        var winners = payment.AmountPence == 5000 ? 0 : 1;
        Assert.All(outcomes.Where((_, i) => i % 2 == winners), outcome => Assert.Equal("OK", outcome));
        Assert.All(outcomes.Where((_, i) => i % 2 != winners), outcome => Assert.Equal(nameof(Kernel.Errors.AlreadyExistsException), outcome));
        Assert.Equal(payment.AmountPence, (await ReadAsync(host, id)).PaidPence);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ApproveAward_WhenCallsRaceWithOneExpectedVersion_OneWinsAndTheRestAreConcurrencyConflicts(string provider)
    {
        await using var host = await CompensationHost.StartAsync(provider);
        var id = await host.ExecuteAsync(Order(5000), Officer);
        var version = (await ReadAsync(host, id)).Version;

        var outcomes = await RaceAsync(Callers, _ => host.ExecuteAsync(new DecideAwardCommand(id, true, "Ordered", version, null), Director));

        Assert.Single(outcomes, outcome => outcome == "OK");
        Assert.All(outcomes.Where(outcome => outcome != "OK"), outcome => Assert.Equal(nameof(Kernel.Errors.ConcurrencyConflictException), outcome));
        var award = await ReadAsync(host, id);
        Assert.Equal((AwardStatus.Approved, version + 1), (award.Status, award.Version));
        Assert.Single(award.Decisions, d => d.Kind == "Approved");
    }

    /// <summary>Starts every call at once (Task.Run, so they overlap) and names each outcome: "OK" or the exception's type.</summary>
    private static Task<string[]> RaceAsync(int callers, Func<int, Task> call) =>
        Task.WhenAll(Enumerable.Range(0, callers).Select(i => Task.Run(async () =>
        {
            try
            {
                await call(i);
                return "OK";
            }
            catch (Exception e)
            {
                return e.GetType().Name;
            }
        })));
}
