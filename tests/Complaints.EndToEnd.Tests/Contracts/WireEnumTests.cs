using Complaints.Kernel.Wire;
using Domain = Complaints.Lifecycle.Contracts;
using Api = Complaints.Common.V1;

namespace Complaints.EndToEnd.Tests.Contracts;

/// <summary>Every member of the lifecycle's enums has its own counterpart in complaints.common.v1, found by name.</summary>
public sealed class WireEnumTests
{
    [Fact]
    public void EveryStage_HasADistinctWireStage() => AssertPaired<Domain.ComplaintStage, Api.Stage>();

    [Fact]
    public void EveryTrigger_HasADistinctWireTrigger() => AssertPaired<Domain.ComplaintTrigger, Api.Trigger>();

    [Fact]
    public void EveryClockStatus_HasADistinctWireClockStatus() => AssertPaired<Domain.ClockStatus, Api.ClockStatus>();

    [Fact]
    public void TheFirstHistoryEntry_Log_IsAWireTrigger() => Assert.Equal(Api.Trigger.Log, WireEnum.FromName<Api.Trigger>("Log"));

    [Fact]
    public void AnUnknownName_IsUnspecifiedNotAGuess() => Assert.Equal(Api.Stage.Unspecified, WireEnum.FromName<Api.Stage>("Stage3"));

    private static void AssertPaired<TDomain, TWire>() where TDomain : struct, Enum where TWire : struct, Enum
    {
        var mapped = Enum.GetValues<TDomain>().Select(value => WireEnum.Map<TWire>(value)).ToList();

        Assert.Equal(Enum.GetValues<TDomain>().Length, mapped.Distinct().Count());
        Assert.DoesNotContain(default, mapped);
        Assert.Equal(Enum.GetNames<TDomain>(), mapped.Select(m => m.ToString()));
    }
}
