using Complaints.Kernel.Errors;
using static Complaints.Kernel.Tests.StateMachine.SampleState;
using static Complaints.Kernel.Tests.StateMachine.SampleTrigger;

namespace Complaints.Kernel.Tests.StateMachine;

public sealed class RefusalTests
{
    [Fact]
    public void Fire_WhenTriggerIsNotConfigured_NamesTheStateAndTheAllowedTriggers()
    {
        var error = Assert.Throws<TransitionRefusedException>(
            () => SampleMachine.Definition.Fire(Responded, Withdraw, SampleComplaint.Permissive()));

        Assert.Equal("Responded", error.CurrentState);
        Assert.Equal("Withdraw", error.Trigger);
        Assert.Equal(["Close", "Reopen"], error.PermittedTriggers);
        Assert.Null(error.Reason);
        Assert.Equal("Cannot Withdraw while the complaint is Responded. Allowed now: Close, Reopen.", error.Message);
    }

    [Fact]
    public void Fire_WhenAGuardRefuses_GivesItsDescriptionAsTheReason()
    {
        var error = Assert.Throws<TransitionRefusedException>(
            () => SampleMachine.Definition.Fire(Investigating, Respond, SampleComplaint.Restrictive()));

        Assert.Equal("findings recorded", error.Reason);
        Assert.Equal(["Withdraw"], error.PermittedTriggers);
        Assert.Equal("Cannot Respond while the complaint is Investigating: findings recorded. Allowed now: Withdraw.", error.Message);
    }

    [Fact]
    public void Fire_WhenNothingIsAllowed_SaysSo()
    {
        var error = Assert.Throws<TransitionRefusedException>(
            () => SampleMachine.Definition.Fire(Closed, Reopen, SampleComplaint.Permissive()));

        Assert.Empty(error.PermittedTriggers);
        Assert.Equal("Cannot Reopen while the complaint is Closed. No moves are allowed from this stage.", error.Message);
    }

    [Fact]
    public void Fire_WhenRefused_RunsNoActions()
    {
        var complaint = SampleComplaint.Restrictive();

        Assert.Throws<TransitionRefusedException>(() => SampleMachine.Definition.Fire(Investigating, Extend, complaint));

        Assert.Empty(complaint.Journal);
    }

    [Fact]
    public void CanFire_WhenAGuardRefuses_ReportsTheUnmetGuard()
    {
        var allowed = SampleMachine.Definition.CanFire(Investigating, Extend, SampleComplaint.Restrictive(), out var unmetGuards);

        Assert.False(allowed);
        Assert.Equal(["no extension used yet"], unmetGuards);
    }

    [Fact]
    public void CanFire_WhenAllowed_ReportsNoUnmetGuards()
    {
        var allowed = SampleMachine.Definition.CanFire(Investigating, Extend, SampleComplaint.Permissive(), out var unmetGuards);

        Assert.True(allowed);
        Assert.Empty(unmetGuards);
    }
}
