using Complaints.Kernel.StateMachine;
using static Complaints.Kernel.Tests.StateMachine.SampleState;
using static Complaints.Kernel.Tests.StateMachine.SampleTrigger;

namespace Complaints.Kernel.Tests.StateMachine;

public sealed class ActionTests
{
    [Fact]
    public void Fire_IntoASubstateFromOutsideItsParent_EntersTheParentFirst()
    {
        var complaint = SampleComplaint.Permissive();

        SampleMachine.Definition.Fire(Received, Triage, complaint);

        Assert.Equal(["exit Received", "enter Stage1", "enter Acknowledged"], complaint.Journal);
    }

    [Fact]
    public void Fire_BetweenSiblingSubstates_DoesNotLeaveOrReenterTheParent()
    {
        var complaint = SampleComplaint.Permissive();

        SampleMachine.Definition.Fire(Acknowledged, Investigate, complaint);

        Assert.Equal(["exit Acknowledged", "enter Investigating"], complaint.Journal);
    }

    [Fact]
    public void Fire_OutOfASubstateByAnInheritedRule_ExitsTheSubstateThenTheParent()
    {
        var complaint = SampleComplaint.Permissive();

        var transition = SampleMachine.Definition.Fire(Investigating, Withdraw, complaint);

        Assert.Equal(new Transition<SampleState, SampleTrigger>(Investigating, Withdrawn, Withdraw), transition);
        Assert.Equal(["exit Investigating", "exit Stage1", "enter Withdrawn"], complaint.Journal);
    }

    [Fact]
    public void Fire_WithTheTriggerNamedByOnEntryFrom_RunsThatActionAfterEarlierEntryActions()
    {
        var complaint = SampleComplaint.Permissive();

        SampleMachine.Definition.Fire(Responded, Reopen, complaint);

        Assert.Equal(["exit Responded", "enter Stage1", "enter Investigating", "reopened"], complaint.Journal);
    }

    [Fact]
    public void Fire_WithAReentryTrigger_ExitsAndEntersTheSameState()
    {
        var complaint = SampleComplaint.Permissive();

        var transition = SampleMachine.Definition.Fire(Investigating, Extend, complaint);

        Assert.True(transition.IsReentry);
        Assert.Equal(Investigating, transition.Destination);
        Assert.Equal(["exit Investigating", "enter Investigating"], complaint.Journal);
    }

    [Fact]
    public void Fire_WithAnIgnoredTrigger_StaysAndRunsNothing()
    {
        var complaint = SampleComplaint.Permissive();

        var transition = SampleMachine.Definition.Fire(Acknowledged, Triage, complaint);

        Assert.True(transition.IsIgnored);
        Assert.False(transition.IsReentry);
        Assert.Equal(Acknowledged, transition.Destination);
        Assert.Empty(complaint.Journal);
    }

    [Fact]
    public void Fire_WithAReentryInheritedFromTheParent_LeavesUpToTheParentAndReentersIt()
    {
        var journal = new List<string>();
        var machine = new StateMachineDefinition<SampleState, SampleTrigger, List<string>>(configure =>
        {
            configure.Configure(Stage1).PermitReentry(Extend)
                .OnEntry((_, log) => log.Add("enter Stage1")).OnExit((_, log) => log.Add("exit Stage1"));
            configure.Configure(Acknowledged).SubstateOf(Stage1)
                .OnEntry((_, log) => log.Add("enter Acknowledged")).OnExit((_, log) => log.Add("exit Acknowledged"));
        });

        var transition = machine.Fire(Acknowledged, Extend, journal);

        Assert.Equal(Stage1, transition.Destination);
        Assert.Equal(["exit Acknowledged", "exit Stage1", "enter Stage1"], journal);
    }

    [Fact]
    public void Fire_Always_PassesActionsTheTransitionItReturns()
    {
        var seen = new List<Transition<SampleState, SampleTrigger>>();
        var machine = new StateMachineDefinition<SampleState, SampleTrigger, List<Transition<SampleState, SampleTrigger>>>(configure =>
        {
            configure.Configure(Received).Permit(Triage, Acknowledged).OnExit((transition, log) => log.Add(transition));
            configure.Configure(Acknowledged).OnEntry((transition, log) => log.Add(transition));
        });

        var returned = machine.Fire(Received, Triage, seen);

        Assert.Equal([returned, returned], seen);
        Assert.Equal(new Transition<SampleState, SampleTrigger>(Received, Acknowledged, Triage), returned);
    }

    [Fact]
    public void Fire_WhenOneDefinitionIsSharedAcrossThreads_EachCallerGetsItsOwnOutcome()
    {
        var complaints = Enumerable.Range(0, 2000).Select(_ => SampleComplaint.Permissive()).ToArray();

        Parallel.ForEach(complaints, complaint => SampleMachine.Definition.Fire(Responded, Reopen, complaint));

        Assert.All(complaints, complaint =>
            Assert.Equal(["exit Responded", "enter Stage1", "enter Investigating", "reopened"], complaint.Journal));
    }
}
