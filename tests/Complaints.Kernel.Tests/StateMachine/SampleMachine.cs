using Complaints.Kernel.StateMachine;
using static Complaints.Kernel.Tests.StateMachine.SampleState;
using static Complaints.Kernel.Tests.StateMachine.SampleTrigger;

namespace Complaints.Kernel.Tests.StateMachine;

/// <summary>One shared definition, as production code would hold it; actions record into the complaint's journal.</summary>
internal static class SampleMachine
{
    public static readonly StateMachineDefinition<SampleState, SampleTrigger, SampleComplaint> Definition = new(machine =>
    {
        machine.InitialState(Received);
        machine.Configure(Received)
            .PermitIf(Triage, Acknowledged, complaint => complaint.IsComplaint, "it is a complaint")
            .PermitIf(Triage, Closed, complaint => !complaint.IsComplaint, "it is a service request")
            .Permit(Withdraw, Withdrawn)
            .OnExit(Record("exit Received"));
        machine.Configure(Stage1)
            .Permit(Withdraw, Withdrawn)
            .OnEntry(Record("enter Stage1"))
            .OnExit(Record("exit Stage1"));
        machine.Configure(Acknowledged)
            .SubstateOf(Stage1)
            .Permit(Investigate, Investigating)
            .Ignore(Triage)
            .OnEntry(Record("enter Acknowledged"))
            .OnExit(Record("exit Acknowledged"));
        machine.Configure(Investigating)
            .SubstateOf(Stage1)
            .PermitReentryIf(Extend, complaint => !complaint.ExtensionUsed, "no extension used yet")
            .PermitIf(Respond, Responded, complaint => complaint.FindingsRecorded, "findings recorded")
            .OnEntry(Record("enter Investigating"))
            .OnEntryFrom(Reopen, Record("reopened"))
            .OnExit(Record("exit Investigating"));
        machine.Configure(Responded)
            .Permit(Close, Closed)
            .Permit(Reopen, Investigating)
            .OnEntry(Record("enter Responded"))
            .OnExit(Record("exit Responded"));
        machine.Configure(Closed)
            .OnEntry(Record("enter Closed"));
        machine.Configure(Withdrawn)
            .Ignore(Withdraw)
            .OnEntry(Record("enter Withdrawn"));
    });

    private static Action<Transition<SampleState, SampleTrigger>, SampleComplaint> Record(string step) =>
        (_, complaint) => complaint.Journal.Add(step);
}
