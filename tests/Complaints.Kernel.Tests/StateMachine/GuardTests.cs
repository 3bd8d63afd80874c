using Complaints.Kernel.Errors;
using Complaints.Kernel.StateMachine;
using static Complaints.Kernel.Tests.StateMachine.SampleState;
using static Complaints.Kernel.Tests.StateMachine.SampleTrigger;

namespace Complaints.Kernel.Tests.StateMachine;

// Small machines over the sample enums with an int context, so each guard's outcome is chosen by the test.
public sealed class GuardTests
{
    [Fact]
    public void Fire_WhenTwoGuardedRulesForOneTriggerBothPass_ThrowsNamingBothGuards()
    {
        var machine = new StateMachineDefinition<SampleState, SampleTrigger, int>(configure => configure.Configure(Received)
            .PermitIf(Triage, Acknowledged, score => score > 0, "score is positive")
            .PermitIf(Triage, Closed, score => score > 5, "score is above five"));

        var error = Assert.Throws<InvalidOperationException>(() => machine.Fire(Received, Triage, 6));

        Assert.Contains("'score is positive'", error.Message);
        Assert.Contains("'score is above five'", error.Message);
        Assert.Contains("Received", error.Message);
    }

    [Theory]
    [InlineData(1, Acknowledged)]
    [InlineData(-1, Closed)]
    public void Fire_WhenExactlyOneOfTwoGuardsPasses_FollowsThatRule(int score, SampleState expected)
    {
        var machine = new StateMachineDefinition<SampleState, SampleTrigger, int>(configure => configure.Configure(Received)
            .PermitIf(Triage, Acknowledged, value => value > 0, "score is positive")
            .PermitIf(Triage, Closed, value => value < 0, "score is negative"));

        Assert.Equal(expected, machine.Fire(Received, Triage, score).Destination);
    }

    [Fact]
    public void Fire_WhenEveryGuardForATriggerRefuses_GivesEveryDescription()
    {
        var machine = new StateMachineDefinition<SampleState, SampleTrigger, int>(configure => configure.Configure(Received)
            .PermitIf(Triage, Acknowledged, value => value > 0, "score is positive")
            .PermitIf(Triage, Closed, value => value < 0, "score is negative"));

        var error = Assert.Throws<TransitionRefusedException>(() => machine.Fire(Received, Triage, 0));

        Assert.Equal("score is positive; score is negative", error.Reason);
    }

    [Theory]
    [InlineData(1, Closed)]
    [InlineData(0, Withdrawn)]
    public void Fire_WhenASubstateGuardsTheParentsTrigger_SubstateWinsAndRefusalFallsBackToParent(int score, SampleState expected)
    {
        var machine = InheritingMachine(parentAllows: true);

        Assert.Equal(expected, machine.Fire(Acknowledged, Withdraw, score).Destination);
    }

    [Fact]
    public void Fire_WhenSubstateAndParentGuardsBothRefuse_GivesBothDescriptionsInnermostFirst()
    {
        var machine = InheritingMachine(parentAllows: false);

        var error = Assert.Throws<TransitionRefusedException>(() => machine.Fire(Acknowledged, Withdraw, 0));

        Assert.Equal("score is positive; parent allows it", error.Reason);
        Assert.Empty(error.PermittedTriggers);
    }

    [Fact]
    public void Fire_WhenTheGuardReadsTheContext_DecidesPerCall()
    {
        var machine = InheritingMachine(parentAllows: false);

        Assert.True(machine.CanFire(Acknowledged, Withdraw, 1));
        Assert.False(machine.CanFire(Acknowledged, Withdraw, 0));
    }

    [Fact]
    public void CanFire_WhenTheParentAllowsWhatTheSubstatesGuardRefuses_ReportsNoUnmetGuards()
    {
        var machine = InheritingMachine(parentAllows: true);

        var allowed = machine.CanFire(Acknowledged, Withdraw, 0, out var unmetGuards);

        Assert.True(allowed);
        Assert.Empty(unmetGuards);
    }

    private static StateMachineDefinition<SampleState, SampleTrigger, int> InheritingMachine(bool parentAllows) =>
        new(configure =>
        {
            configure.Configure(Stage1).PermitIf(Withdraw, Withdrawn, _ => parentAllows, "parent allows it");
            configure.Configure(Acknowledged).SubstateOf(Stage1).PermitIf(Withdraw, Closed, score => score > 0, "score is positive");
        });
}
