namespace Complaints.Kernel.Errors;

/// <summary>A step a workflow does not allow now (FAILED_PRECONDITION naming the stage and the allowed moves).</summary>
public sealed class TransitionRefusedException(
    string currentState, string trigger, IReadOnlyList<string> permittedTriggers, string? reason = null, string subject = "the complaint")
    : ComplaintsException(Describe(currentState, trigger, permittedTriggers, reason, subject))
{
    public string CurrentState { get; } = currentState;

    public string Trigger { get; } = trigger;

    public IReadOnlyList<string> PermittedTriggers { get; } = permittedTriggers;

    public string? Reason { get; } = reason;

    /// <summary>
    /// The refusal of a workflow's trigger, with states and triggers named as their enums spell them (the names the API
    /// maps) and the descriptions of the guards that refused it, if any, as the reason.
    /// </summary>
    public static TransitionRefusedException Of<TState, TTrigger>(
        TState currentState, TTrigger trigger, IEnumerable<TTrigger> permittedTriggers, IEnumerable<string>? unmetGuards, string subject)
        where TState : struct, Enum
        where TTrigger : struct, Enum
    {
        var reasons = unmetGuards?.ToList() ?? [];
        return new(currentState.ToString(), trigger.ToString(), [.. permittedTriggers.Select(permitted => permitted.ToString())],
            reasons.Count == 0 ? null : string.Join("; ", reasons), subject);
    }

    private static string Describe(string state, string trigger, IReadOnlyList<string> permitted, string? reason, string subject) =>
        $"Cannot {trigger} while {subject} is {state}{(reason is null ? "" : $": {reason}")}. " +
        (permitted.Count == 0 ? "No moves are allowed from this stage." : $"Allowed now: {string.Join(", ", permitted)}.");
}
