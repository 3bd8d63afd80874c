using Complaints.Kernel.Pipeline.Plugins.Async;
using Complaints.Plugins;

namespace Complaints.Kernel.Tests.Pipeline.Plugins;

/// <summary>An asynchronous step sees, after its trip through the outbox, the very values the synchronous steps saw.</summary>
public sealed class QueuedStepTests
{
    [Fact]
    public void EveryKindOfAttribute_ComesBackAsTheSameTypeAndValue()
    {
        var id = Guid.NewGuid();
        var target = new Entity("log_complaint")
        {
            ["text"] = "Black mould", ["flag"] = true, ["count"] = 3, ["big"] = 5_000_000_000L, ["amount"] = 125.50m, ["id"] = id,
            ["at"] = new DateTimeOffset(2026, 11, 29, 9, 30, 0, TimeSpan.FromHours(1)), ["on"] = new DateOnly(2026, 12, 1),
            ["words"] = new[] { "damp", "mould" }, ["none"] = null,
            ["representative"] = new Entity("representative") { ["name"] = "A. Advocate" },
            ["points"] = new object?[] { new Entity("point") { ["text"] = "Boiler" }, null },
        };
        var queued = new QueuedStep(Guid.NewGuid(), "LogComplaint", target, null, null, new Entity("complaint") { ["stage"] = "Received" },
            "officer-1", ["complaint-handler"], "corr-1", 1, DateTimeOffset.UnixEpoch);

        var back = QueuedStep.Deserialize(queued.Serialize());

        Assert.Equal(target.Attributes.Keys, back.Target.Attributes.Keys);
        foreach (var name in new[] { "text", "flag", "count", "big", "amount", "id", "at", "on", "none" })
            Assert.Equal(target[name], back.Target[name]);
        Assert.IsType<int>(back.Target["count"]);
        Assert.IsType<long>(back.Target["big"]);
        Assert.Equal(["damp", "mould"], Assert.IsType<string[]>(back.Target["words"]));
        Assert.Equal("A. Advocate", Assert.IsType<Entity>(back.Target["representative"])["name"]);
        var points = Assert.IsType<object?[]>(back.Target["points"]);
        Assert.Equal("Boiler", Assert.IsType<Entity>(points[0])["text"]);
        Assert.Null(points[1]);
        Assert.Null(back.Output);
        Assert.Equal("Received", back.PostImage!["stage"]);
        Assert.Equal(queued with { Target = back.Target, PostImage = back.PostImage, InitiatingUserRoles = back.InitiatingUserRoles }, back);
    }
}
