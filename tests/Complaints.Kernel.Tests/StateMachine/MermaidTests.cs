using Complaints.Kernel.StateMachine;
using static Complaints.Kernel.Tests.StateMachine.SampleState;
using static Complaints.Kernel.Tests.StateMachine.SampleTrigger;

namespace Complaints.Kernel.Tests.StateMachine;

public sealed class MermaidTests
{
    [Fact]
    public void ToMermaid_ForTheSampleMachine_MatchesTheSnapshotExactly()
    {
        const string expected = """
            stateDiagram-v2
                [*] --> Received
                Received
                state Stage1 {
                    Acknowledged
                    Investigating
                    Acknowledged --> Investigating : Investigate
                    Investigating --> Investigating : Extend [no extension used yet]
                }
                Responded
                Closed
                Withdrawn
                Received --> Acknowledged : Triage [it is a complaint]
                Received --> Closed : Triage [it is a service request]
                Received --> Withdrawn : Withdraw
                Stage1 --> Withdrawn : Withdraw
                Investigating --> Responded : Respond [findings recorded]
                Responded --> Closed : Close
                Responded --> Investigating : Reopen
            """;

        Assert.Equal(expected.ReplaceLineEndings("\n"), SampleMachine.Definition.ToMermaid());
    }

    [Fact]
    public void ToMermaid_ForNestedSubstatesWithoutAnInitialState_NestsTheBlocksAndOmitsTheStartArrow()
    {
        var machine = new StateMachineDefinition<SampleState, SampleTrigger, int>(configure =>
        {
            configure.Configure(Investigating).SubstateOf(Acknowledged).Permit(Respond, Responded);
            configure.Configure(Acknowledged).SubstateOf(Stage1);
            configure.Configure(Stage1).Permit(Withdraw, Withdrawn);
            configure.Configure(Responded).Permit(Reopen, Investigating).Ignore(Close);
        });

        const string expected = """
            stateDiagram-v2
                state Stage1 {
                    state Acknowledged {
                        Investigating
                    }
                }
                Responded
                Withdrawn
                Investigating --> Responded : Respond
                Stage1 --> Withdrawn : Withdraw
                Responded --> Investigating : Reopen
            """;

        Assert.Equal(expected.ReplaceLineEndings("\n"), machine.ToMermaid());
    }
}
