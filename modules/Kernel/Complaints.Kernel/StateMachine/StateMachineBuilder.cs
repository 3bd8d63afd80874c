namespace Complaints.Kernel.StateMachine;

/// <summary>Collects the configuration of a <see cref="StateMachineDefinition{TState,TTrigger,TContext}"/>; usable only inside its constructor.</summary>
public sealed class StateMachineBuilder<TState, TTrigger, TContext>
    where TState : notnull
    where TTrigger : notnull
{
    private readonly Dictionary<TState, StateConfiguration<TState, TTrigger, TContext>> configurations = [];
    private readonly List<TState> statesInOrder = [];
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
        Mention(state);
        if (!configurations.TryGetValue(state, out var configuration))
        {
            configuration = new StateConfiguration<TState, TTrigger, TContext>(state, this);
            configurations.Add(state, configuration);
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

    // The diagram lists states in the order the configuration first names them, so it reads like the table.
    internal void Mention(TState state)
    {
        if (!statesInOrder.Contains(state))
            statesInOrder.Add(state);
    }

    internal StateTable<TState, TTrigger, TContext> Close()
    {
        closed = true;
        var ordered = statesInOrder.Where(configurations.ContainsKey).Select(state => configurations[state]).ToList();
        TableValidator.Validate(ordered);
        return StateTable<TState, TTrigger, TContext>.Compile(statesInOrder, configurations, hasInitialState, initialState);
    }
}
