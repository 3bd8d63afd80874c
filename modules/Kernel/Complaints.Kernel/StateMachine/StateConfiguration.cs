namespace Complaints.Kernel.StateMachine;

/// <summary>The rules and actions of one state, filled in fluently while a <see cref="StateMachineDefinition{TState,TTrigger,TContext}"/> is built.</summary>
public sealed class StateConfiguration<TState, TTrigger, TContext>
    where TState : notnull
    where TTrigger : notnull
{
    private readonly StateMachineBuilder<TState, TTrigger, TContext> builder;
    private readonly List<TriggerBehaviour<TState, TTrigger, TContext>> behaviours = [];
    private readonly List<Action<Transition<TState, TTrigger>, TContext>> entryActions = [];
    private readonly List<Action<Transition<TState, TTrigger>, TContext>> exitActions = [];

    internal StateConfiguration(TState state, StateMachineBuilder<TState, TTrigger, TContext> builder)
    {
        State = state;
        this.builder = builder;
    }

    /// <summary>The state being configured.</summary>
    public TState State { get; }

    internal bool HasParent { get; private set; }

    internal TState Parent { get; private set; } = default!;

    internal IReadOnlyList<TriggerBehaviour<TState, TTrigger, TContext>> Behaviours => behaviours;

    internal IReadOnlyList<Action<Transition<TState, TTrigger>, TContext>> EntryActions => entryActions;

    internal IReadOnlyList<Action<Transition<TState, TTrigger>, TContext>> ExitActions => exitActions;

    /// <summary>The trigger always moves this state to <paramref name="destination"/>.</summary>
    public StateConfiguration<TState, TTrigger, TContext> Permit(TTrigger trigger, TState destination) =>
        AddMove(trigger, destination, guard: null, guardDescription: null);

    /// <summary>The trigger moves to <paramref name="destination"/> while the guard holds; its description is the refusal reason.</summary>
    public StateConfiguration<TState, TTrigger, TContext> PermitIf(
        TTrigger trigger, TState destination, Func<TContext, bool> guard, string guardDescription) =>
        AddMove(trigger, destination, Required(guard), Described(guardDescription));

    /// <summary>The trigger leaves this state and enters it again, running its exit and entry actions.</summary>
    public StateConfiguration<TState, TTrigger, TContext> PermitReentry(TTrigger trigger) =>
        Add(trigger, State, null, null, TransitionRuleKind.Reentry);

    /// <summary>Like <see cref="PermitReentry"/>, but only while the guard holds.</summary>
    public StateConfiguration<TState, TTrigger, TContext> PermitReentryIf(
        TTrigger trigger, Func<TContext, bool> guard, string guardDescription) =>
        Add(trigger, State, Required(guard), Described(guardDescription), TransitionRuleKind.Reentry);

    /// <summary>The trigger is accepted here and does nothing: no move, no actions, no error.</summary>
    public StateConfiguration<TState, TTrigger, TContext> Ignore(TTrigger trigger) =>
        Add(trigger, State, null, null, TransitionRuleKind.Ignore);

    /// <summary>Like <see cref="Ignore"/>, but only while the guard holds.</summary>
    public StateConfiguration<TState, TTrigger, TContext> IgnoreIf(
        TTrigger trigger, Func<TContext, bool> guard, string guardDescription) =>
        Add(trigger, State, Required(guard), Described(guardDescription), TransitionRuleKind.Ignore);

    /// <summary>This state lies inside <paramref name="parent"/>: it inherits the parent's rules, and entering it from outside enters the parent first.</summary>
    public StateConfiguration<TState, TTrigger, TContext> SubstateOf(TState parent)
    {
        builder.EnsureOpen();
        if (HasParent && !EqualityComparer<TState>.Default.Equals(Parent, parent))
            throw new InvalidOperationException($"State '{State}' is already a substate of '{Parent}'; it cannot also be a substate of '{parent}'.");
        builder.Mention(parent);
        (HasParent, Parent) = (true, parent);
        return this;
    }

    /// <summary>Runs on every entry into this state, in the order configured.</summary>
    public StateConfiguration<TState, TTrigger, TContext> OnEntry(Action<Transition<TState, TTrigger>, TContext> action)
    {
        builder.EnsureOpen();
        entryActions.Add(Required(action));
        return this;
    }

    /// <summary>Runs on entry into this state only when <paramref name="trigger"/> caused it.</summary>
    public StateConfiguration<TState, TTrigger, TContext> OnEntryFrom(TTrigger trigger, Action<Transition<TState, TTrigger>, TContext> action)
    {
        Required(action);
        return OnEntry((transition, context) =>
        {
            if (EqualityComparer<TTrigger>.Default.Equals(transition.Trigger, trigger))
                action(transition, context);
        });
    }

    /// <summary>Runs on every exit from this state, in the order configured.</summary>
    public StateConfiguration<TState, TTrigger, TContext> OnExit(Action<Transition<TState, TTrigger>, TContext> action)
    {
        builder.EnsureOpen();
        exitActions.Add(Required(action));
        return this;
    }

    // A move to the state itself would skip the exit and entry actions a reader expects; Stateless refuses it too.
    private StateConfiguration<TState, TTrigger, TContext> AddMove(
        TTrigger trigger, TState destination, Func<TContext, bool>? guard, string? guardDescription)
    {
        if (EqualityComparer<TState>.Default.Equals(destination, State))
            throw new ArgumentException(
                $"State '{State}' cannot permit '{trigger}' to itself: use PermitReentry to leave and re-enter it, or Ignore to accept the trigger without moving.",
                nameof(destination));
        return Add(trigger, destination, guard, guardDescription, TransitionRuleKind.Move);
    }

    private StateConfiguration<TState, TTrigger, TContext> Add(
        TTrigger trigger, TState destination, Func<TContext, bool>? guard, string? guardDescription, TransitionRuleKind kind)
    {
        builder.EnsureOpen();
        builder.Mention(destination);
        var rule = new TransitionRule<TState, TTrigger>(State, trigger, destination, guardDescription, kind);
        behaviours.Add(new TriggerBehaviour<TState, TTrigger, TContext>(rule, guard));
        return this;
    }

    private static T Required<T>(T value) where T : class => value ?? throw new ArgumentNullException(nameof(value));

    private static string Described(string guardDescription) =>
        string.IsNullOrWhiteSpace(guardDescription)
            ? throw new ArgumentException("A guard needs a description: it is the reason given when the trigger is refused.", nameof(guardDescription))
            : guardDescription;
}
