using Complaints.Kernel.Events;

namespace Complaints.Kernel.Tests.Events;

/// <summary>The gap rule alone: a reader never moves past an id that may still commit, and never waits for ever on one that will not.</summary>
public sealed class EventGapsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(15);

    [Fact]
    public void TakeContiguous_WhenEveryIdFollowsTheLast_TakesThemAll()
    {
        var page = EventGaps.TakeContiguous(10, [Logged(11), Logged(12), Logged(13)], Now, Settle);

        Assert.Equal([11L, 12L, 13L], page.Events.Select(e => e.Id));
        Assert.Equal((13L, false), (page.Cursor, page.HeldAtGap));
    }

    [Fact]
    public void TakeContiguous_WhenAnIdIsMissingAndTheEventAfterItIsRecent_StopsBeforeTheGap()
    {
        var page = EventGaps.TakeContiguous(10, [Logged(11), Logged(13, age: TimeSpan.FromSeconds(14))], Now, Settle);

        Assert.Equal([11L], page.Events.Select(e => e.Id));
        Assert.Equal((11L, true), (page.Cursor, page.HeldAtGap));
    }

    [Fact]
    public void TakeContiguous_WhenTheIdAfterTheCursorIsMissing_TakesNothingAndKeepsTheCursor()
    {
        var page = EventGaps.TakeContiguous(10, [Logged(12), Logged(13)], Now, Settle);

        Assert.Equal((0, 10L, true), (page.Events.Count, page.Cursor, page.HeldAtGap));
    }

    [Fact]
    public void TakeContiguous_WhenTheEventAfterAGapWasRecordedASettleTimeAgo_PassesTheGap()
    {
        var page = EventGaps.TakeContiguous(10, [Logged(11), Logged(15, age: Settle), Logged(16)], Now, Settle);

        Assert.Equal([11L, 15L, 16L], page.Events.Select(e => e.Id));
        Assert.Equal((16L, false), (page.Cursor, page.HeldAtGap));
    }

    [Fact]
    public void TakeContiguous_WithNoSettleTime_PassesEveryGap()
    {
        var page = EventGaps.TakeContiguous(0, [Logged(2), Logged(5)], Now, TimeSpan.Zero);

        Assert.Equal([2L, 5L], page.Events.Select(e => e.Id));
        Assert.Equal((5L, false), (page.Cursor, page.HeldAtGap));
    }

    private static LoggedEvent Logged(long id, TimeSpan age = default) =>
        new() { Id = id, EventType = "complaints.testing.v1.EntryAdded", Payload = "{}", RecordedAt = Now - age, CorrelationId = "c" };
}
