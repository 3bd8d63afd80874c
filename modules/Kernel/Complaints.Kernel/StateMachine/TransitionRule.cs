namespace Complaints.Kernel.StateMachine;

/// <summary>
/// One row of the transition table, as configured: from <paramref name="Source"/>, <paramref name="Trigger"/> leads to
/// <paramref name="Destination"/> (the source itself for reentry and ignore), only while the described guard holds.
/// </summary>
public sealed record TransitionRule<TState, TTrigger>(
    TState Source,
    TTrigger Trigger,
    TState Destination,
    string? GuardDescription,
    TransitionRuleKind Kind)
    where TState : notnull
    where TTrigger : notnull;
