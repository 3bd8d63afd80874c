namespace Complaints.Kernel.StateMachine;

/// <summary>A table row together with the guard code it was configured with (the public row only carries its description).</summary>
internal sealed record TriggerBehaviour<TState, TTrigger, TContext>(
    TransitionRule<TState, TTrigger> Rule,
    Func<TContext, bool>? Guard)
    where TState : notnull
    where TTrigger : notnull
{
    public bool IsGuarded => Guard is not null;

    public bool GuardPasses(TContext context) => Guard is null || Guard(context);
}
