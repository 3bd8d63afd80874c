namespace Complaints.Kernel.StateMachine;

/// <summary>The rule a trigger would follow now, or none, with the descriptions of the guards that refused it.</summary>
internal sealed record TriggerResolution<TState, TTrigger, TContext>(
    TriggerBehaviour<TState, TTrigger, TContext>? Behaviour,
    IReadOnlyList<string> UnmetGuards)
    where TState : notnull
    where TTrigger : notnull
{
    public bool IsPermitted => Behaviour is not null;
}
