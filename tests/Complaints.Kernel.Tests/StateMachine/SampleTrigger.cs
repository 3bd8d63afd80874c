namespace Complaints.Kernel.Tests.StateMachine;

public enum SampleTrigger
{
    Triage,
    Investigate,
    Extend,
    Respond,
    Close,
    Reopen,
    Withdraw,
}
