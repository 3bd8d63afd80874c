namespace Complaints.Kernel.Tests.StateMachine;

// A simplified complaint; Acknowledged and Investigating are substates of Stage1.
public enum SampleState
{
    Received,
    Stage1,
    Acknowledged,
    Investigating,
    Responded,
    Closed,
    Withdrawn,
}
