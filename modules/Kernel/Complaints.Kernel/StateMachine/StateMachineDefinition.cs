using Complaints.Kernel.Errors;

namespace Complaints.Kernel.StateMachine;

/// <summary>
/// A transition table built once and shared: it holds no current state. Callers load the state, ask the table what a
/// trigger does from it (running guards and actions against <typeparamref name="TContext"/>), and save the result.
/// Concepts and names follow the Stateless package so that a later swap stays mechanical.
/// </summary>
public sealed class StateMachineDefinition<TState, TTrigger, TContext>
    where TState : notnull
    where TTrigger : notnull
{
    private readonly StateTable<TState, TTrigger, TContext> table;
    private readonly string subject;

    /// <summary>
    /// Builds and validates the table; throws if it is ambiguous or a state is its own ancestor. <paramref name="subject"/>
    /// is what a refusal calls the thing moving ("the complaint", "the award").
    /// </summary>
    public StateMachineDefinition(Action<StateMachineBuilder<TState, TTrigger, TContext>> configure, string subject = "the complaint")
    {
        this.subject = subject;
        ArgumentNullException.ThrowIfNull(configure);
        var builder = new StateMachineBuilder<TState, TTrigger, TContext>();
        configure(builder);
        table = builder.Close();
    }

    /// <summary>Configured states in configuration order, then those only named as a destination, parent or initial state.</summary>
    public IReadOnlyList<TState> States => table.States;

    /// <summary>The table's rows, grouped by source state in <see cref="States"/> order, each group as configured.</summary>
    public IReadOnlyList<TransitionRule<TState, TTrigger>> Rules => table.Rules;

    public bool HasInitialState => table.HasInitialState;

    /// <summary>Where a new item starts; throws if the configuration declared none.</summary>
    public TState InitialState => table.HasInitialState
        ? table.InitialState
        : throw new InvalidOperationException("The state machine declares no initial state.");

    /// <summary>
    /// Applies <paramref name="trigger"/> to <paramref name="currentState"/>: runs exit then entry actions and returns what
    /// happened. Throws <see cref="TransitionRefusedException"/> naming the state, the allowed triggers and any refusing guard.
    /// </summary>
    public Transition<TState, TTrigger> Fire(TState currentState, TTrigger trigger, TContext context)
    {
        var resolution = TriggerResolver.Resolve(table, currentState, trigger, context);
        if (resolution.Behaviour is null)
        {
            var permitted = PermittedTriggers(currentState, context).Select(permittedTrigger => permittedTrigger.ToString() ?? "").ToList();
            var reason = resolution.UnmetGuards.Count == 0 ? null : string.Join("; ", resolution.UnmetGuards);
            throw new TransitionRefusedException(currentState.ToString() ?? "", trigger.ToString() ?? "", permitted, reason, subject);
        }

        return TransitionRunner.Run(table, currentState, resolution.Behaviour.Rule, context);
    }

    /// <summary>Whether <see cref="Fire"/> would succeed now (an ignored trigger counts as allowed).</summary>
    public bool CanFire(TState currentState, TTrigger trigger, TContext context) =>
        CanFire(currentState, trigger, context, out _);

    /// <summary>As <see cref="CanFire(TState,TTrigger,TContext)"/>, also giving the descriptions of the guards that refused.</summary>
    public bool CanFire(TState currentState, TTrigger trigger, TContext context, out IReadOnlyList<string> unmetGuards)
    {
        var resolution = TriggerResolver.Resolve(table, currentState, trigger, context);
        unmetGuards = resolution.IsPermitted ? [] : resolution.UnmetGuards;
        return resolution.IsPermitted;
    }

    /// <summary>The triggers <see cref="Fire"/> accepts now, inherited ones included, in configuration order.</summary>
    public IReadOnlyList<TTrigger> PermittedTriggers(TState currentState, TContext context) =>
        TriggerResolver.Permitted(table, currentState, context);

    /// <summary>True when <paramref name="currentState"/> is <paramref name="state"/> or one of its substates, at any depth.</summary>
    public bool IsInState(TState currentState, TState state) =>
        table.Node(currentState).SelfAndAncestors.Contains(state);

    /// <summary>The table as a Mermaid <c>stateDiagram-v2</c>; the same table always gives the same text.</summary>
    public string ToMermaid() => MermaidWriter.Write(table);
}
