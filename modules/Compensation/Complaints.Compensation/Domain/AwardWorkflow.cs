using Complaints.Kernel.Errors;
using Stateless;
using S = Complaints.Compensation.Domain.AwardStatus;
using T = Complaints.Compensation.Domain.AwardTrigger;

namespace Complaints.Compensation.Domain;

/// <summary>
/// Which steps an award may take, read top to bottom. An offer the resident declined or left unanswered may still be
/// accepted later; money moves only once accepted, or at once for a binding Ombudsman order; nothing paid is cancelled.
/// A machine is configured per call over one award, so its guards read that award.
/// </summary>
internal static class AwardWorkflow
{
    private const string PaidOnceAccepted = "an offer is paid once the resident accepts it";

    /// <summary>The machine over the award's stored status: firing a trigger moves <see cref="Award.Status"/>.</summary>
    public static StateMachine<S, T> Over(Award award)
    {
        var workflow = new StateMachine<S, T>(() => award.Status, status => award.Status = status);

        workflow.Configure(S.Proposed)
            .Permit(T.Approve, S.Approved)
            .Permit(T.Reject, S.Rejected)
            .Permit(T.Cancel, S.Cancelled);

        workflow.Configure(S.Approved)
            .Permit(T.Accept, S.Accepted)
            .Permit(T.Decline, S.Declined)
            .Permit(T.NoReply, S.NoReply)
            .PermitIf(T.PayInPart, S.PartPaid, () => award.IsOmbudsmanOrder, PaidOnceAccepted)
            .PermitIf(T.PayInFull, S.Paid, () => award.IsOmbudsmanOrder, PaidOnceAccepted)
            .Permit(T.Cancel, S.Cancelled);

        workflow.Configure(S.Declined)
            .Permit(T.Accept, S.Accepted)
            .Permit(T.Cancel, S.Cancelled);

        workflow.Configure(S.NoReply)
            .Permit(T.Accept, S.Accepted)
            .Permit(T.Decline, S.Declined)
            .Permit(T.Cancel, S.Cancelled);

        workflow.Configure(S.Accepted)
            .Permit(T.PayInPart, S.PartPaid)
            .Permit(T.PayInFull, S.Paid)
            .Permit(T.Cancel, S.Cancelled);

        workflow.Configure(S.PartPaid)
            .PermitReentry(T.PayInPart)
            .Permit(T.PayInFull, S.Paid);

        workflow.Configure(S.Rejected);
        workflow.Configure(S.Paid);
        workflow.Configure(S.Cancelled);

        workflow.OnUnhandledTrigger((status, trigger, unmetGuards) =>
            throw TransitionRefusedException.Of(status, trigger, Permitted(workflow), unmetGuards, "the award"));
        return workflow;
    }

    /// <summary>The steps the machine accepts now, in the enum's order.</summary>
    public static IReadOnlyList<T> Permitted(StateMachine<S, T> workflow) => [.. Enum.GetValues<T>().Where(workflow.CanFire)];
}
