using Complaints.Compensation.Domain;
using Complaints.Kernel.Errors;
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

        Assert.Equal(destination is not null, AwardWorkflow.Machine.CanFire(status, trigger, award));
        Assert.Equal(destination is not null, AwardWorkflow.Machine.PermittedTriggers(status, award).Contains(trigger));
        if (destination is { } to)
            Assert.Equal(to, AwardWorkflow.Machine.Fire(status, trigger, award).Destination);
        else
            Assert.Throws<TransitionRefusedException>(() => AwardWorkflow.Machine.Fire(status, trigger, award));
    }

    [Theory]
    [InlineData("Paid")]
    [InlineData("Cancelled")]
    [InlineData("Rejected")]
    public void FinishedAwards_AllowNothing_EvenForAnOmbudsmanOrder(string finished)
    {
        var status = Enum.Parse<S>(finished);
        Assert.Empty(AwardWorkflow.Machine.PermittedTriggers(status, Awards.Make(ombudsmanOrder: false)));
        Assert.Empty(AwardWorkflow.Machine.PermittedTriggers(status, Awards.Make(ombudsmanOrder: true)));
    }

    [Fact]
    public void APartPaidAward_CannotBeCancelled()
    {
        var error = Assert.Throws<TransitionRefusedException>(() => AwardWorkflow.Machine.Fire(S.PartPaid, T.Cancel, Awards.Make(ombudsmanOrder: true)));

        Assert.Equal(["PayInPart", "PayInFull"], error.PermittedTriggers);
    }

    [Theory]
    [InlineData("PayInFull")]
    [InlineData("PayInPart")]
    public void AnApprovedOffer_IsNotPaidUntilAccepted_AndTheRefusalSaysWhy(string step)
    {
        var payment = Enum.Parse<T>(step);
        var error = Assert.Throws<TransitionRefusedException>(() => AwardWorkflow.Machine.Fire(S.Approved, payment, Awards.Make(ombudsmanOrder: false)));

        Assert.Equal("an offer is paid once the resident accepts it", error.Reason);
        Assert.DoesNotContain(payment.ToString(), error.PermittedTriggers);
    }

    [Fact]
    public void IsOmbudsmanOrder_FollowsTheCaseReference()
    {
        Assert.True(Awards.Make(ombudsmanOrder: true).IsOmbudsmanOrder);
        Assert.False(Awards.Make(ombudsmanOrder: false).IsOmbudsmanOrder);
    }
}
