using Complaints.Compensation.Domain;
using Complaints.Kernel.Errors;
using Stateless;
using S = Complaints.Compensation.Domain.AwardStatus;
using T = Complaints.Compensation.Domain.AwardTrigger;

namespace Complaints.Compensation.Tests;

/// <summary>Every status × trigger × (offer, Ombudsman order) of the award workflow against a table written out here, not read from the machine.</summary>
public sealed class AwardWorkflowMatrixTests
{
    // (from, trigger) → destination for an offer and for an Ombudsman order; anything missing is refused.
    private static readonly Dictionary<(S, T), (S? Offer, S? Order)> Expected = new()
    {
        [(S.Proposed, T.Approve)] = (S.Approved, S.Approved),
        [(S.Proposed, T.Reject)] = (S.Rejected, S.Rejected),
        [(S.Proposed, T.Cancel)] = (S.Cancelled, S.Cancelled),
        [(S.Approved, T.Accept)] = (S.Accepted, S.Accepted),
        [(S.Approved, T.Decline)] = (S.Declined, S.Declined),
        [(S.Approved, T.NoReply)] = (S.NoReply, S.NoReply),
        [(S.Approved, T.PayInPart)] = (null, S.PartPaid),
        [(S.Approved, T.PayInFull)] = (null, S.Paid),
        [(S.Approved, T.Cancel)] = (S.Cancelled, S.Cancelled),
        [(S.Declined, T.Accept)] = (S.Accepted, S.Accepted),
        [(S.Declined, T.Cancel)] = (S.Cancelled, S.Cancelled),
        [(S.NoReply, T.Accept)] = (S.Accepted, S.Accepted),
        [(S.NoReply, T.Decline)] = (S.Declined, S.Declined),
        [(S.NoReply, T.Cancel)] = (S.Cancelled, S.Cancelled),
        [(S.Accepted, T.PayInPart)] = (S.PartPaid, S.PartPaid),
        [(S.Accepted, T.PayInFull)] = (S.Paid, S.Paid),
        [(S.Accepted, T.Cancel)] = (S.Cancelled, S.Cancelled),
        [(S.PartPaid, T.PayInPart)] = (S.PartPaid, S.PartPaid),
        [(S.PartPaid, T.PayInFull)] = (S.Paid, S.Paid),
    };

    public static TheoryData<string, string, bool> EveryCase()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var status in Enum.GetValues<S>())
        {
            foreach (var trigger in Enum.GetValues<T>())
            {
                data.Add(status.ToString(), trigger.ToString(), false);
                data.Add(status.ToString(), trigger.ToString(), true);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryCase))]
    public void EachStatusAndTrigger_IsAllowedExactlyAsTheTableSays(string from, string step, bool ombudsmanOrder)
    {
        var (status, trigger) = (Enum.Parse<S>(from), Enum.Parse<T>(step));
        var award = Awards.Make(ombudsmanOrder);
        var destination = Expected.TryGetValue((status, trigger), out var row) ? (ombudsmanOrder ? row.Order : row.Offer) : null;

        award.Status = status;
        var workflow = AwardWorkflow.Over(award);

        Assert.Equal(destination is not null, workflow.CanFire(trigger));
        Assert.Equal(destination is not null, AwardWorkflow.Permitted(workflow).Contains(trigger));
        if (destination is { } to)
        {
            workflow.Fire(trigger);
            Assert.Equal(to, award.Status);
        }
        else
        {
            Assert.Throws<TransitionRefusedException>(() => workflow.Fire(trigger));
            Assert.Equal(status, award.Status);
        }
    }

    [Theory]
    [InlineData("Paid")]
    [InlineData("Cancelled")]
    [InlineData("Rejected")]
    public void FinishedAwards_AllowNothing_EvenForAnOmbudsmanOrder(string finished)
    {
        var status = Enum.Parse<S>(finished);
        Assert.Empty(AwardWorkflow.Permitted(Workflow(status, ombudsmanOrder: false)));
        Assert.Empty(AwardWorkflow.Permitted(Workflow(status, ombudsmanOrder: true)));
    }

    [Fact]
    public void APartPaidAward_CannotBeCancelled()
    {
        var error = Assert.Throws<TransitionRefusedException>(() => Workflow(S.PartPaid, ombudsmanOrder: true).Fire(T.Cancel));

        Assert.Equal(["PayInPart", "PayInFull"], error.PermittedTriggers);
    }

    [Theory]
    [InlineData("PayInFull")]
    [InlineData("PayInPart")]
    public void AnApprovedOffer_IsNotPaidUntilAccepted_AndTheRefusalSaysWhy(string step)
    {
        var payment = Enum.Parse<T>(step);
        var error = Assert.Throws<TransitionRefusedException>(() => Workflow(S.Approved, ombudsmanOrder: false).Fire(payment));

        Assert.Equal("an offer is paid once the resident accepts it", error.Reason);
        Assert.Equal(("Approved", step), (error.CurrentState, error.Trigger));
        Assert.StartsWith($"Cannot {step} while the award is Approved: an offer is paid once the resident accepts it.", error.Message);
        Assert.DoesNotContain(payment.ToString(), error.PermittedTriggers);
    }

    [Fact]
    public void AwardWorkflow_HasNoTwoUnguardedRulesForOneTrigger() =>
        Assert.Empty(WorkflowRuleClashes.In(Workflow(S.Proposed, ombudsmanOrder: false).GetInfo()));

    [Fact]
    public void IsOmbudsmanOrder_FollowsTheCaseReference()
    {
        Assert.True(Awards.Make(ombudsmanOrder: true).IsOmbudsmanOrder);
        Assert.False(Awards.Make(ombudsmanOrder: false).IsOmbudsmanOrder);
    }

    private static StateMachine<S, T> Workflow(S status, bool ombudsmanOrder)
    {
        var award = Awards.Make(ombudsmanOrder);
        award.Status = status;
        return AwardWorkflow.Over(award);
    }
}
