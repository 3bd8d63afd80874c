using Complaints.Kernel.StateMachine;
using static Complaints.Kernel.Tests.StateMachine.SampleState;
using static Complaints.Kernel.Tests.StateMachine.SampleTrigger;

namespace Complaints.Kernel.Tests.StateMachine;

public sealed class BuildValidationTests
{
    [Fact]
    public void Build_WhenATriggerIsPermittedTwiceWithoutAGuard_ThrowsNamingStateAndTrigger()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build(configure =>
            configure.Configure(Received).Permit(Withdraw, Withdrawn).Permit(Withdraw, Closed)));

        Assert.Equal("State 'Received' permits trigger 'Withdraw' 2 times without a guard; a trigger may have one unguarded rule per state.", error.Message);
    }

    [Fact]
    public void Build_WhenATriggerIsBothIgnoredAndPermitted_Throws()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build(configure =>
            configure.Configure(Withdrawn).Ignore(Withdraw).PermitReentry(Withdraw)));

        Assert.Contains("'Withdrawn' permits trigger 'Withdraw' 2 times without a guard", error.Message);
    }

    [Fact]
    public void Build_WhenAnUnguardedRuleSitsBesideAGuardedOneForTheSameTrigger_Throws()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build(configure => configure.Configure(Received)
            .PermitIf(Triage, Acknowledged, _ => true, "it is a complaint")
            .Permit(Triage, Closed)));

        Assert.StartsWith("State 'Received' has an unguarded rule for trigger 'Triage' beside guarded ones", error.Message);
    }

    [Fact]
    public void Build_WhenAStateIsItsOwnParent_Throws()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build(configure => configure.Configure(Stage1).SubstateOf(Stage1)));

        Assert.Equal("State 'Stage1' is its own ancestor (Stage1 -> Stage1); a state cannot be a substate of itself.", error.Message);
    }

    [Fact]
    public void Build_WhenParentsFormACycleAboveAnotherState_ThrowsNamingTheCycle()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build(configure =>
        {
            configure.Configure(Received).SubstateOf(Stage1);
            configure.Configure(Stage1).SubstateOf(Acknowledged);
            configure.Configure(Acknowledged).SubstateOf(Stage1);
        }));

        Assert.Equal("State 'Stage1' is its own ancestor (Stage1 -> Acknowledged -> Stage1); a state cannot be a substate of itself.", error.Message);
    }

    [Fact]
    public void SubstateOf_WhenTheStateAlreadyHasAnotherParent_Throws()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build(configure =>
            configure.Configure(Acknowledged).SubstateOf(Stage1).SubstateOf(Received)));

        Assert.Equal("State 'Acknowledged' is already a substate of 'Stage1'; it cannot also be a substate of 'Received'.", error.Message);
    }

    [Fact]
    public void Permit_WhenTheDestinationIsTheSourceItself_ThrowsPointingAtReentryAndIgnore()
    {
        var error = Assert.Throws<ArgumentException>(() => Build(configure => configure.Configure(Investigating).Permit(Extend, Investigating)));

        Assert.Contains("use PermitReentry", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void PermitIf_WhenTheGuardHasNoDescription_Throws(string description)
    {
        Assert.Throws<ArgumentException>(() => Build(configure =>
            configure.Configure(Received).PermitIf(Triage, Acknowledged, _ => true, description)));
    }

    [Fact]
    public void InitialState_WhenDeclaredTwiceDifferently_Throws()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build(configure => configure.InitialState(Received).InitialState(Closed)));

        Assert.Equal("The initial state is already 'Received'; it cannot also be 'Closed'.", error.Message);
    }

    [Fact]
    public void Configure_AfterTheDefinitionIsBuilt_ThrowsAndLeavesTheDefinitionUnchanged()
    {
        StateMachineBuilder<SampleState, SampleTrigger, SampleComplaint>? captured = null;
        var machine = Build(configure => captured = configure);

        Assert.Throws<InvalidOperationException>(() => captured!.Configure(Received).Permit(Withdraw, Withdrawn));

        Assert.Empty(machine.Rules);
        Assert.False(machine.CanFire(Received, Withdraw, SampleComplaint.Permissive()));
    }

    [Fact]
    public void Permit_OnAStateConfigurationKeptAfterBuild_ThrowsAndLeavesTheDefinitionUnchanged()
    {
        StateConfiguration<SampleState, SampleTrigger, SampleComplaint>? kept = null;
        var machine = Build(configure => kept = configure.Configure(Closed));

        Assert.Throws<InvalidOperationException>(() => kept!.Permit(Reopen, Investigating));

        Assert.Empty(machine.PermittedTriggers(Closed, SampleComplaint.Permissive()));
    }

    private static StateMachineDefinition<SampleState, SampleTrigger, SampleComplaint> Build(
        Action<StateMachineBuilder<SampleState, SampleTrigger, SampleComplaint>> configure) => new(configure);
}
