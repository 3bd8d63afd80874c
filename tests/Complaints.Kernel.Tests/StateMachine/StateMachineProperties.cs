using Complaints.Kernel.Errors;
using Complaints.Kernel.StateMachine;
using FsCheck;
using FsCheck.Fluent;
using static Complaints.Kernel.Tests.StateMachine.SampleState;

namespace Complaints.Kernel.Tests.StateMachine;

public sealed class StateMachineProperties
{
    private static readonly StateMachineDefinition<SampleState, SampleTrigger, SampleComplaint> Machine = SampleMachine.Definition;

    // Written out here rather than asked of the machine, so the properties do not trust the code they check.
    private static readonly Dictionary<SampleState, SampleState> Parents = new() { [Acknowledged] = Stage1, [Investigating] = Stage1 };

    private static readonly Gen<SampleState> States = Gen.Elements(Enum.GetValues<SampleState>());
    private static readonly Gen<SampleTrigger> Triggers = Gen.Elements(Enum.GetValues<SampleTrigger>());
    private static readonly Gen<bool> Flags = Gen.Elements(true, false);

    private static readonly Gen<SampleComplaint> Complaints =
        from isComplaint in Flags
        from findingsRecorded in Flags
        from extensionUsed in Flags
        select new SampleComplaint { IsComplaint = isComplaint, FindingsRecorded = findingsRecorded, ExtensionUsed = extensionUsed };

    [Fact]
    public void Fire_OverRandomTriggersFromTheInitialState_OnlyMakesMovesTheTableHolds()
    {
        var walks = (from trigger in Triggers from complaint in Complaints select (trigger, complaint)).ArrayOf();

        Prop.ForAll(walks.ToArbitrary(), steps =>
        {
            var state = Machine.InitialState;
            foreach (var (trigger, complaint) in steps)
            {
                Transition<SampleState, SampleTrigger> transition;
                try
                {
                    transition = Machine.Fire(state, trigger, complaint);
                }
                catch (TransitionRefusedException)
                {
                    continue; // refused: the state stays as it was
                }

                var kind = transition.IsIgnored ? TransitionRuleKind.Ignore : (TransitionRuleKind?)null;
                if (transition.Source != state || !TableHolds(state, trigger, transition.Destination, kind))
                    return false;
                state = transition.Destination;
            }

            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void PermittedTriggers_ForAnyStateAndComplaint_AreExactlyTheTriggersCanFireAccepts()
    {
        var cases = from state in States from complaint in Complaints select (state, complaint);

        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var expected = Enum.GetValues<SampleTrigger>().Where(trigger => Machine.CanFire(c.state, trigger, c.complaint));
            return Machine.PermittedTriggers(c.state, c.complaint).Order().SequenceEqual(expected);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Fire_ForAnyStateTriggerAndComplaint_SucceedsExactlyWhenCanFireSaysSo()
    {
        var cases = from state in States from trigger in Triggers from complaint in Complaints select (state, trigger, complaint);

        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var canFire = Machine.CanFire(c.state, c.trigger, c.complaint);
            try
            {
                Machine.Fire(c.state, c.trigger, c.complaint);
                return canFire;
            }
            catch (TransitionRefusedException error)
            {
                var permitted = Machine.PermittedTriggers(c.state, c.complaint).Select(trigger => trigger.ToString());
                return !canFire && error.PermittedTriggers.SequenceEqual(permitted) && error.CurrentState == c.state.ToString();
            }
        }).QuickCheckThrowOnFailure();
    }

    // Some row for the trigger, on the state or one of its ancestors, leads to the destination (and is of the kind seen).
    private static bool TableHolds(SampleState state, SampleTrigger trigger, SampleState destination, TransitionRuleKind? kind) =>
        Machine.Rules.Any(rule => rule.Trigger == trigger
            && rule.Destination == destination
            && SelfAndAncestors(state).Contains(rule.Source)
            && (kind is null ? rule.Kind != TransitionRuleKind.Ignore : rule.Kind == kind));

    private static IEnumerable<SampleState> SelfAndAncestors(SampleState state)
    {
        yield return state;
        while (Parents.TryGetValue(state, out state))
            yield return state;
    }
}
