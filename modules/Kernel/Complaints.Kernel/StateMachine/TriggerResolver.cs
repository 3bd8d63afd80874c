namespace Complaints.Kernel.StateMachine;

/// <summary>
/// Finds the rule a trigger follows: the state's own rules first, then each ancestor's, as in Stateless, so a
/// substate can override what it inherits and falls back to the parent when its own guards refuse.
/// </summary>
internal static class TriggerResolver
{
    public static TriggerResolution<TState, TTrigger, TContext> Resolve<TState, TTrigger, TContext>(
        StateTable<TState, TTrigger, TContext> table, TState current, TTrigger trigger, TContext context)
        where TState : notnull
        where TTrigger : notnull
    {
        var unmetGuards = new List<string>();
        foreach (var state in table.Node(current).SelfAndAncestors)
        {
            var candidates = table.Node(state).BehavioursFor(trigger).ToList();
            var passing = candidates.Where(behaviour => behaviour.GuardPasses(context)).ToList();
            if (passing.Count > 1)
                throw new InvalidOperationException(
                    $"State '{state}' has more than one rule for trigger '{trigger}' whose guard passes " +
                    $"({string.Join(", ", passing.Select(behaviour => $"'{behaviour.Rule.GuardDescription}'"))}); " +
                    "guards for one trigger must exclude each other.");
            if (passing.Count == 1)
                return new(passing[0], unmetGuards);
            unmetGuards.AddRange(candidates.Select(behaviour => behaviour.Rule.GuardDescription!));
        }

        return new(null, unmetGuards);
    }

    /// <summary>Every trigger named by the state or its ancestors whose rule would apply now, in configuration order.</summary>
    public static IReadOnlyList<TTrigger> Permitted<TState, TTrigger, TContext>(
        StateTable<TState, TTrigger, TContext> table, TState current, TContext context)
        where TState : notnull
        where TTrigger : notnull
    {
        return table.Node(current).SelfAndAncestors
            .SelectMany(state => table.Node(state).Behaviours)
            .Select(behaviour => behaviour.Rule.Trigger)
            .Distinct()
            .Where(trigger => Resolve(table, current, trigger, context).IsPermitted)
            .ToList();
    }
}
