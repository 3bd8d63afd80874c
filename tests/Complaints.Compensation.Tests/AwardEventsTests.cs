using System.Text.Json;
using Complaints.Compensation.Awards;
using Complaints.Compensation.Domain;
using Complaints.Compensation.Tests.Infrastructure;
using static Complaints.Compensation.Tests.Infrastructure.AwardSteps;

namespace Complaints.Compensation.Tests;

/// <summary>
/// Every step of an award publishes its event into the event log, with the instant the caller said it happened; a
/// payment recorded again under its reference publishes nothing more.
/// </summary>
public sealed class AwardEventsTests
{
    private static readonly DateTimeOffset Approved = new(2026, 5, 21, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AnAwardsCourse_IsPublished_StepByStep_WithEachStepsInstant(string provider)
    {
        await using var host = await CompensationHost.StartAsync(provider);
        var paid = await host.ExecuteAsync(Order(2000), Officer);
        await host.ExecuteAsync(new DecideAwardCommand(paid, true, "Ordered", null, Approved), Director);
        await host.ExecuteAsync(Pay(paid, "P-1", 500) with { PaidOn = new DateOnly(2026, 5, 25), OccurredAt = Approved.AddDays(4) }, Officer);
        await host.ExecuteAsync(Pay(paid, "P-1", 500) with { PaidOn = new DateOnly(2026, 5, 25), OccurredAt = Approved.AddDays(4) }, Officer); // again
        await host.ExecuteAsync(Pay(paid, "P-2", 1500) with { OccurredAt = Approved.AddDays(9) }, Officer);
        var rejected = await host.ExecuteAsync(Order(300), Officer);
        await host.ExecuteAsync(new DecideAwardCommand(rejected, false, "Wrong sum", null, Approved.AddHours(1)), Director);
        var cancelled = await host.ExecuteAsync(Order(400), Officer);
        await host.ExecuteAsync(new CancelAwardCommand(cancelled, "Superseded", null, Approved.AddHours(2)), Officer);

        var events = await EventLogEntries.ReadAsync(host.Services, "complaints.compensation.v1.");

        Assert.Equal(
            [("AwardProposed", paid), ("AwardApproved", paid), ("AwardPaid", paid), ("AwardPaid", paid), ("AwardProposed", rejected), ("AwardRejected", rejected),
             ("AwardProposed", cancelled), ("AwardCancelled", cancelled)],
            events.Select(e => (e.Name, e.Payload.GetProperty("awardId").GetInt64())));
        var approved = events[1].Payload;
        Assert.Equal((2000L, "Service failure", "dee.director", Approved), (approved.GetProperty("approvedPence").GetInt64(), approved.GetProperty("band").GetString(),
            approved.GetProperty("approvedBy").GetString(), approved.GetProperty("occurredAt").GetDateTimeOffset()));
        Assert.Equal(["DistressAndInconvenience:2000"], approved.GetProperty("categories").EnumerateArray()
            .Select(c => $"{c.GetProperty("category").GetString()}:{c.GetProperty("amountPence").GetInt64()}"));
        Assert.Equal([(500L, 500L, false, "2026-05-25", Approved.AddDays(4)), (1500L, 2000L, true, "2026-05-30", Approved.AddDays(9))],
            events.Where(e => e.Name == "AwardPaid").Select(e => Paid(e.Payload)));
        Assert.Equal(Approved.AddHours(1), events[5].Payload.GetProperty("occurredAt").GetDateTimeOffset());
        Assert.Equal(Approved.AddHours(2), events[7].Payload.GetProperty("occurredAt").GetDateTimeOffset());
        Assert.Equal(AwardStatus.Paid, (await ReadAsync(host, paid)).Status);
    }

    private static (long, long, bool, string, DateTimeOffset) Paid(JsonElement payload) =>
        (payload.GetProperty("amountPence").GetInt64(), payload.GetProperty("paidPence").GetInt64(), payload.GetProperty("paidInFull").GetBoolean(),
         payload.GetProperty("paidOn").GetString()!, payload.GetProperty("occurredAt").GetDateTimeOffset());
}
