using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Complaints.Kernel.StateMachine;

/// <summary>The built table: every state's node, the rows in configuration order, and the initial state.</summary>
internal sealed class StateTable<TState, TTrigger, TContext>
    where TState : notnull
    where TTrigger : notnull
{
    private readonly FrozenDictionary<TState, StateNode<TState, TTrigger, TContext>> nodes;

    private StateTable(
        ImmutableArray<StateNode<TState, TTrigger, TContext>> nodesInOrder, bool hasInitialState, TState initialState)
    {
        nodes = nodesInOrder.ToFrozenDictionary(node => node.State);
        States = [.. nodesInOrder.Select(node => node.State)];
        Rules = [.. nodesInOrder.SelectMany(node => node.Behaviours).Select(behaviour => behaviour.Rule)];
        HasInitialState = hasInitialState;
        InitialState = initialState;
    }

    public ImmutableArray<TState> States { get; }

    public ImmutableArray<TransitionRule<TState, TTrigger>> Rules { get; }

    public bool HasInitialState { get; }

    public TState InitialState { get; }

    public StateNode<TState, TTrigger, TContext> Node(TState state) =>
        nodes.TryGetValue(state, out var node) ? node : StateNode<TState, TTrigger, TContext>.Unconfigured(state);

    public IEnumerable<TState> ChildrenOf(TState parent) =>
        States.Where(state => Node(state) is { HasParent: true } node && EqualityComparer<TState>.Default.Equals(node.Parent, parent));

    /// <summary>Call only after <see cref="TableValidator"/> has ruled out cycles among parents.</summary>
    public static StateTable<TState, TTrigger, TContext> Compile(
        IReadOnlyList<TState> statesInOrder,
        IReadOnlyDictionary<TState, StateConfiguration<TState, TTrigger, TContext>> configurations,
        bool hasInitialState,
        TState initialState)
    {
        var nodesInOrder = statesInOrder.Select(state => configurations.TryGetValue(state, out var configuration)
            ? new StateNode<TState, TTrigger, TContext>(
                state,
                Lineage(state, configurations),
                [.. configuration.Behaviours],
                [.. configuration.EntryActions],
                [.. configuration.ExitActions])
            : StateNode<TState, TTrigger, TContext>.Unconfigured(state));
        return new StateTable<TState, TTrigger, TContext>([.. nodesInOrder], hasInitialState, initialState);
    }

    private static ImmutableArray<TState> Lineage(
        TState state, IReadOnlyDictionary<TState, StateConfiguration<TState, TTrigger, TContext>> configurations)
    {
        var lineage = ImmutableArray.CreateBuilder<TState>();
        lineage.Add(state);
        while (configurations.TryGetValue(state, out var configuration) && configuration.HasParent)
        {
            state = configuration.Parent;
            lineage.Add(state);
        }

        return lineage.ToImmutable();
    }
}
