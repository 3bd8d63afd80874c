namespace Complaints.Kernel.Errors;

/// <summary>A stage change the state machine does not allow now (FAILED_PRECONDITION naming the stage and the allowed moves).</summary>
public sealed class TransitionRefusedException(
    string currentState, string trigger, IReadOnlyList<string> permittedTriggers, string? reason = null, string subject = "the complaint")
    : ComplaintsException(Describe(currentState, trigger, permittedTriggers, reason, subject))
{
    public string CurrentState { get; } = currentState;

    public string Trigger { get; } = trigger;

    public IReadOnlyList<string> PermittedTriggers { get; } = permittedTriggers;

    public string? Reason { get; } = reason;

    private static string Describe(string state, string trigger, IReadOnlyList<string> permitted, string? reason, string subject) =>
        $"Cannot {trigger} while {subject} is {state}{(reason is null ? "" : $": {reason}")}. " +
        (permitted.Count == 0 ? "No moves are allowed from this stage." : $"Allowed now: {string.Join(", ", permitted)}.");
}
