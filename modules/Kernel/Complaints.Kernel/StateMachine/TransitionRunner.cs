namespace Complaints.Kernel.StateMachine;

/// <summary>Runs the exit and entry actions of one resolved rule, innermost exit first and outermost entry first.</summary>
internal static class TransitionRunner
{
    public static Transition<TState, TTrigger> Run<TState, TTrigger, TContext>(
        StateTable<TState, TTrigger, TContext> table, TState current, TransitionRule<TState, TTrigger> rule, TContext context)
        where TState : notnull
        where TTrigger : notnull
    {
        if (rule.Kind == TransitionRuleKind.Ignore)
            return new Transition<TState, TTrigger>(current, current, rule.Trigger) { IsIgnored = true };

        var transition = new Transition<TState, TTrigger>(current, rule.Destination, rule.Trigger);
        var leaving = table.Node(current).SelfAndAncestors;
        var arriving = table.Node(rule.Destination).SelfAndAncestors;

        // Reentry (also one inherited from a parent, whose destination is that parent) leaves everything up to and
        // including the destination and enters it again; any other move leaves and enters only below the states
        // the two sides share, so moving between siblings never re-enters their parent.
        var reentry = rule.Kind == TransitionRuleKind.Reentry || EqualityComparer<TState>.Default.Equals(current, rule.Destination);
        var exited = reentry ? leaving.Take(leaving.IndexOf(rule.Destination) + 1) : leaving.TakeWhile(state => !arriving.Contains(state));
        IEnumerable<TState> entered = reentry ? [rule.Destination] : arriving.TakeWhile(state => !leaving.Contains(state)).Reverse();

        foreach (var state in exited)
        {
            foreach (var action in table.Node(state).ExitActions)
                action(transition, context);
        }

        foreach (var state in entered)
        {
            foreach (var action in table.Node(state).EntryActions)
                action(transition, context);
        }

        return transition;
    }
}
