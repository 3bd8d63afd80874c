using System.Collections.Immutable;

namespace Complaints.Kernel.StateMachine;

/// <summary>One state as built: immutable, so a definition can be shared by every request and thread.</summary>
internal sealed record StateNode<TState, TTrigger, TContext>(
    TState State,
    ImmutableArray<TState> SelfAndAncestors,
    ImmutableArray<TriggerBehaviour<TState, TTrigger, TContext>> Behaviours,
    ImmutableArray<Action<Transition<TState, TTrigger>, TContext>> EntryActions,
    ImmutableArray<Action<Transition<TState, TTrigger>, TContext>> ExitActions)
    where TState : notnull
    where TTrigger : notnull
{
    public bool HasParent => SelfAndAncestors.Length > 1;

    public TState Parent => HasParent ? SelfAndAncestors[1] : throw new InvalidOperationException($"State '{State}' has no parent.");

    public IEnumerable<TriggerBehaviour<TState, TTrigger, TContext>> BehavioursFor(TTrigger trigger) =>
        Behaviours.Where(behaviour => EqualityComparer<TTrigger>.Default.Equals(behaviour.Rule.Trigger, trigger));

    // A state the table never names (say, a value loaded from an older database) has no rules: every trigger is refused.
    public static StateNode<TState, TTrigger, TContext> Unconfigured(TState state) =>
        new(state, [state], [], [], []);
}
