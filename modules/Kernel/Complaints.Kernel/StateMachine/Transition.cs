namespace Complaints.Kernel.StateMachine;

/// <summary>What one fired trigger did: the state it left, the state it ended in, and the trigger.</summary>
public sealed record Transition<TState, TTrigger>(TState Source, TState Destination, TTrigger Trigger)
    where TState : notnull
    where TTrigger : notnull
{
    /// <summary>The trigger was configured as ignored here: nothing ran and the state is unchanged.</summary>
    public bool IsIgnored { get; init; }

    /// <summary>The state was left and entered again, so its exit and entry actions ran.</summary>
    public bool IsReentry => !IsIgnored && EqualityComparer<TState>.Default.Equals(Source, Destination);
}
