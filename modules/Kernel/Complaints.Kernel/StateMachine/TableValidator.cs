namespace Complaints.Kernel.StateMachine;

/// <summary>Refuses, while the definition is built, a table that could not answer every question one way.</summary>
internal static class TableValidator
{
    public static void Validate<TState, TTrigger, TContext>(IReadOnlyList<StateConfiguration<TState, TTrigger, TContext>> configurations)
        where TState : notnull
        where TTrigger : notnull
    {
        foreach (var configuration in configurations)
            RefuseAmbiguousTriggers(configuration);
        RefuseParentCycles(configurations.ToDictionary(configuration => configuration.State));
    }

    // An unguarded rule always applies, so beside any other rule for the same trigger the outcome would be ambiguous.
    private static void RefuseAmbiguousTriggers<TState, TTrigger, TContext>(StateConfiguration<TState, TTrigger, TContext> configuration)
        where TState : notnull
        where TTrigger : notnull
    {
        foreach (var rules in configuration.Behaviours.GroupBy(behaviour => behaviour.Rule.Trigger))
        {
            var unguarded = rules.Count(behaviour => !behaviour.IsGuarded);
            if (unguarded > 1)
                throw new InvalidOperationException(
                    $"State '{configuration.State}' permits trigger '{rules.Key}' {unguarded} times without a guard; a trigger may have one unguarded rule per state.");
            if (unguarded == 1 && rules.Count() > 1)
                throw new InvalidOperationException(
                    $"State '{configuration.State}' has an unguarded rule for trigger '{rules.Key}' beside guarded ones; the unguarded rule always applies, so guard every rule for '{rules.Key}' or keep only one.");
        }
    }

    private static void RefuseParentCycles<TState, TTrigger, TContext>(
        IReadOnlyDictionary<TState, StateConfiguration<TState, TTrigger, TContext>> configurations)
        where TState : notnull
        where TTrigger : notnull
    {
        foreach (var start in configurations.Keys)
        {
            var chain = new List<TState> { start };
            var state = start;
            while (configurations.TryGetValue(state, out var configuration) && configuration.HasParent)
            {
                state = configuration.Parent;
                if (chain.Contains(state) && !EqualityComparer<TState>.Default.Equals(state, start))
                    break; // a cycle further up; reported when the loop reaches one of its members
                chain.Add(state);
                if (EqualityComparer<TState>.Default.Equals(state, start))
                    throw new InvalidOperationException(
                        $"State '{start}' is its own ancestor ({string.Join(" -> ", chain)}); a state cannot be a substate of itself.");
            }
        }
    }
}
