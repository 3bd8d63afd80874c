using Stateless.Reflection;

namespace Complaints.Testing;

/// <summary>
/// What Stateless does not check when a machine is configured: two unguarded rules for one trigger in one state, or an
/// unguarded rule beside guarded ones. Stateless accepts both and throws only when the trigger fires with more than one
/// rule open; a workflow test lists them from the machine's <see cref="StateMachineInfo"/> instead, before anything fires.
/// </summary>
public static class WorkflowRuleClashes
{
    /// <summary>Each clash as "State: Trigger has …"; empty when every trigger has one rule or only guarded ones.</summary>
    public static IReadOnlyList<string> In(StateMachineInfo machine) =>
    [
        .. from state in machine.States
           from rules in Rules(state).GroupBy(rule => rule.Trigger)
           let unguarded = rules.Count(rule => !rule.Guarded)
           where unguarded > 1 || (unguarded == 1 && rules.Count() > 1)
           select unguarded > 1
               ? $"{state.UnderlyingState}: {rules.Key} has {unguarded} unguarded rules"
               : $"{state.UnderlyingState}: {rules.Key} has an unguarded rule beside guarded ones, so it always applies",
    ];

    // Ignored triggers are rules too: ignoring a trigger beside a move for it is as ambiguous as two moves.
    private static IEnumerable<(object Trigger, bool Guarded)> Rules(StateInfo state) =>
        state.FixedTransitions.Select(rule => (rule.Trigger.UnderlyingTrigger, rule.GuardConditionsMethodDescriptions.Any()))
            .Concat(state.IgnoredTriggers.Select(rule => (rule.Trigger.UnderlyingTrigger, rule.GuardConditionsMethodDescriptions.Any())));
}
