namespace Complaints.Kernel.StateMachine;

/// <summary>Collects the configuration of a <see cref="StateMachineDefinition{TState,TTrigger,TContext}"/>; usable only inside its constructor.</summary>
public sealed class StateMachineBuilder<TState, TTrigger, TContext>
    where TState : notnull
    where TTrigger : notnull
{
    private readonly Dictionary<TState, StateConfiguration<TState, TTrigger, TContext>> configurations = [];
    private readonly List<TState> configuredInOrder = [];
    private readonly List<TState> mentionedInOrder = [];
    private bool hasInitialState;
    private TState initialState = default!;
    private bool closed;

    internal StateMachineBuilder()
    {
    }

    /// <summary>The configuration of <paramref name="state"/>; calling again for the same state continues the same one.</summary>
    public StateConfiguration<TState, TTrigger, TContext> Configure(TState state)
    {
        EnsureOpen();
        if (!configurations.TryGetValue(state, out var configuration))
        {
            configuration = new StateConfiguration<TState, TTrigger, TContext>(state, this);
            configurations.Add(state, configuration);
            configuredInOrder.Add(state);
        }

        return configuration;
    }

    /// <summary>Declares where a new item starts; shown as <c>[*] --&gt; state</c> in the diagram.</summary>
    public StateMachineBuilder<TState, TTrigger, TContext> InitialState(TState state)
    {
        EnsureOpen();
        if (hasInitialState && !EqualityComparer<TState>.Default.Equals(initialState, state))
            throw new InvalidOperationException($"The initial state is already '{initialState}'; it cannot also be '{state}'.");
        Mention(state);
        (hasInitialState, initialState) = (true, state);
        return this;
    }

    internal void EnsureOpen()
    {
        // A builder captured by the configure callback must not change a definition that is already shared.
        if (closed)
            throw new InvalidOperationException("The state machine is already built; its definition cannot change.");
    }

    // States only named as a destination, parent or initial state still belong in the table and the diagram.
    internal void Mention(TState state)
    {
        if (!mentionedInOrder.Contains(state))
            mentionedInOrder.Add(state);
    }

    // Configured states come in the order they were configured, so the diagram reads like the table; the others follow.
    internal StateTable<TState, TTrigger, TContext> Close()
    {
        closed = true;
        TableValidator.Validate(configuredInOrder.Select(state => configurations[state]).ToList());
        var statesInOrder = configuredInOrder.Concat(mentionedInOrder.Where(state => !configurations.ContainsKey(state))).ToList();
        return StateTable<TState, TTrigger, TContext>.Compile(statesInOrder, configurations, hasInitialState, initialState);
    }
}
