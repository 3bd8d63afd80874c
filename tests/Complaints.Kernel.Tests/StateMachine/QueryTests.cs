using Complaints.Kernel.StateMachine;
using static Complaints.Kernel.Tests.StateMachine.SampleState;
using static Complaints.Kernel.Tests.StateMachine.SampleTrigger;

namespace Complaints.Kernel.Tests.StateMachine;

public sealed class QueryTests
{
    private static readonly StateMachineDefinition<SampleState, SampleTrigger, SampleComplaint> Machine = SampleMachine.Definition;

    [Fact]
    public void PermittedTriggers_InASubstate_ListsItsOwnTriggersThenInheritedOnes()
    {
        Assert.Equal([Investigate, Triage, Withdraw], Machine.PermittedTriggers(Acknowledged, SampleComplaint.Permissive()));
    }

    [Fact]
    public void PermittedTriggers_WhenGuardsRefuse_LeavesThoseTriggersOut()
    {
        Assert.Equal([Withdraw], Machine.PermittedTriggers(Investigating, SampleComplaint.Restrictive()));
        Assert.Equal([Extend, Respond, Withdraw], Machine.PermittedTriggers(Investigating, SampleComplaint.Permissive()));
    }

    [Fact]
    public void PermittedTriggers_WhenOneOfTwoGuardedRulesPasses_ListsTheTriggerOnce()
    {
        Assert.Equal([Triage, Withdraw], Machine.PermittedTriggers(Received, SampleComplaint.Restrictive()));
    }

    [Fact]
    public void PermittedTriggers_ForAStateTheTableNeverNames_IsEmpty()
    {
        var unknown = (SampleState)99;

        Assert.Empty(Machine.PermittedTriggers(unknown, SampleComplaint.Permissive()));
        Assert.False(Machine.CanFire(unknown, Withdraw, SampleComplaint.Permissive()));
    }

    [Theory]
    [InlineData(Acknowledged, Stage1, true)]
    [InlineData(Investigating, Stage1, true)]
    [InlineData(Stage1, Stage1, true)]
    [InlineData(Investigating, Investigating, true)]
    [InlineData(Stage1, Acknowledged, false)]
    [InlineData(Responded, Stage1, false)]
    [InlineData(Acknowledged, Investigating, false)]
    public void IsInState_ForSubstatesAndAncestors_AnswersByTheHierarchy(SampleState current, SampleState asked, bool expected)
    {
        Assert.Equal(expected, Machine.IsInState(current, asked));
    }

    [Fact]
    public void States_ListsConfiguredStatesInConfigurationOrder()
    {
        Assert.Equal([Received, Stage1, Acknowledged, Investigating, Responded, Closed, Withdrawn], Machine.States);
        Assert.True(Machine.HasInitialState);
        Assert.Equal(Received, Machine.InitialState);
    }

    [Fact]
    public void Rules_ListEveryConfiguredRowGroupedBySourceInConfigurationOrder()
    {
        TransitionRule<SampleState, SampleTrigger>[] expected =
        [
            new(Received, Triage, Acknowledged, "it is a complaint", TransitionRuleKind.Move),
            new(Received, Triage, Closed, "it is a service request", TransitionRuleKind.Move),
            new(Received, Withdraw, Withdrawn, null, TransitionRuleKind.Move),
            new(Stage1, Withdraw, Withdrawn, null, TransitionRuleKind.Move),
            new(Acknowledged, Investigate, Investigating, null, TransitionRuleKind.Move),
            new(Acknowledged, Triage, Acknowledged, null, TransitionRuleKind.Ignore),
            new(Investigating, Extend, Investigating, "no extension used yet", TransitionRuleKind.Reentry),
            new(Investigating, Respond, Responded, "findings recorded", TransitionRuleKind.Move),
            new(Responded, Close, Closed, null, TransitionRuleKind.Move),
            new(Responded, Reopen, Investigating, null, TransitionRuleKind.Move),
            new(Withdrawn, Withdraw, Withdrawn, null, TransitionRuleKind.Ignore),
        ];

        Assert.Equal(expected, Machine.Rules);
    }

    [Fact]
    public void States_WhenSomeAreOnlyNamedAsDestinationOrParent_ListsThemAfterTheConfiguredOnes()
    {
        var machine = new StateMachineDefinition<SampleState, SampleTrigger, SampleComplaint>(configure =>
        {
            configure.Configure(Acknowledged).SubstateOf(Stage1).Permit(Close, Closed);
            configure.Configure(Received).Permit(Triage, Acknowledged);
        });

        Assert.Equal([Acknowledged, Received, Stage1, Closed], machine.States);
        Assert.False(machine.HasInitialState);
        Assert.Throws<InvalidOperationException>(() => machine.InitialState);
    }
}
