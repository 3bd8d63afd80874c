using Complaints.Kernel.Errors;
using static Complaints.Kernel.Tests.StateMachine.SampleState;
using static Complaints.Kernel.Tests.StateMachine.SampleTrigger;

namespace Complaints.Kernel.Tests.StateMachine;

// Every state x trigger of the sample machine, once with every guard passing and once with every guard refusing.
// A pair missing from a table below must be refused, so an accidental extra rule fails here too.
public sealed class TransitionTableTests
{
    private const string Refused = "refused";
    private const string Ignored = "ignored";

    private static readonly Dictionary<(SampleState, SampleTrigger), string> WhenGuardsPass = new()
    {
        [(Received, Triage)] = "Acknowledged",
        [(Received, Withdraw)] = "Withdrawn",
        [(Stage1, Withdraw)] = "Withdrawn",
        [(Acknowledged, Investigate)] = "Investigating",
        [(Acknowledged, Triage)] = Ignored,
        [(Acknowledged, Withdraw)] = "Withdrawn",
        [(Investigating, Extend)] = "Investigating",
        [(Investigating, Respond)] = "Responded",
        [(Investigating, Withdraw)] = "Withdrawn",
        [(Responded, Close)] = "Closed",
        [(Responded, Reopen)] = "Investigating",
        [(Withdrawn, Withdraw)] = Ignored,
    };

    private static readonly Dictionary<(SampleState, SampleTrigger), string> WhenGuardsRefuse = new()
    {
        [(Received, Triage)] = "Closed",
        [(Received, Withdraw)] = "Withdrawn",
        [(Stage1, Withdraw)] = "Withdrawn",
        [(Acknowledged, Investigate)] = "Investigating",
        [(Acknowledged, Triage)] = Ignored,
        [(Acknowledged, Withdraw)] = "Withdrawn",
        [(Investigating, Withdraw)] = "Withdrawn",
        [(Responded, Close)] = "Closed",
        [(Responded, Reopen)] = "Investigating",
        [(Withdrawn, Withdraw)] = Ignored,
    };

    public static TheoryData<SampleState, SampleTrigger, string> EveryPairWhenGuardsPass => EveryPair(WhenGuardsPass);

    public static TheoryData<SampleState, SampleTrigger, string> EveryPairWhenGuardsRefuse => EveryPair(WhenGuardsRefuse);

    [Theory]
    [MemberData(nameof(EveryPairWhenGuardsPass))]
    public void Fire_WhenEveryGuardPasses_FollowsTheTable(SampleState state, SampleTrigger trigger, string expected)
    {
        Assert.Equal(expected, Outcome(state, trigger, SampleComplaint.Permissive()));
    }

    [Theory]
    [MemberData(nameof(EveryPairWhenGuardsRefuse))]
    public void Fire_WhenEveryGuardRefuses_FollowsTheTable(SampleState state, SampleTrigger trigger, string expected)
    {
        Assert.Equal(expected, Outcome(state, trigger, SampleComplaint.Restrictive()));
    }

    [Theory]
    [MemberData(nameof(EveryPairWhenGuardsPass))]
    public void CanFire_WhenEveryGuardPasses_AgreesWithTheTable(SampleState state, SampleTrigger trigger, string expected)
    {
        Assert.Equal(expected != Refused, SampleMachine.Definition.CanFire(state, trigger, SampleComplaint.Permissive()));
    }

    private static string Outcome(SampleState state, SampleTrigger trigger, SampleComplaint complaint)
    {
        try
        {
            var transition = SampleMachine.Definition.Fire(state, trigger, complaint);
            return transition.IsIgnored ? Ignored : transition.Destination.ToString();
        }
        catch (TransitionRefusedException)
        {
            return Refused;
        }
    }

    private static TheoryData<SampleState, SampleTrigger, string> EveryPair(Dictionary<(SampleState, SampleTrigger), string> table)
    {
        var data = new TheoryData<SampleState, SampleTrigger, string>();
        foreach (var state in Enum.GetValues<SampleState>())
        {
            foreach (var trigger in Enum.GetValues<SampleTrigger>())
                data.Add(state, trigger, table.GetValueOrDefault((state, trigger), Refused));
        }

        return data;
    }
}
