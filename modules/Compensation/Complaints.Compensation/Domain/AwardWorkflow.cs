using Complaints.Kernel.StateMachine;
using S = Complaints.Compensation.Domain.AwardStatus;
using T = Complaints.Compensation.Domain.AwardTrigger;

namespace Complaints.Compensation.Domain;

internal enum AwardTrigger
{
    Approve,
    Reject,
    Accept,
    Decline,
    NoReply,
    PayInPart,
    PayInFull,
    Cancel,
}

/// <summary>
/// Which steps an award may take, read top to bottom. An offer the resident declined or left unanswered may still be
/// accepted later; money moves only once accepted, or at once for a binding Ombudsman order; nothing paid is cancelled.
/// </summary>
internal static class AwardWorkflow
{
    public static readonly StateMachineDefinition<AwardStatus, AwardTrigger, Award> Machine = new(award =>
    {
        award.InitialState(S.Proposed);

        award.Configure(S.Proposed)
            .Permit(T.Approve, S.Approved)
            .Permit(T.Reject, S.Rejected)
            .Permit(T.Cancel, S.Cancelled);

        award.Configure(S.Approved)
            .Permit(T.Accept, S.Accepted)
            .Permit(T.Decline, S.Declined)
            .Permit(T.NoReply, S.NoReply)
            .PermitIf(T.PayInPart, S.PartPaid, a => a.IsOmbudsmanOrder, "an offer is paid once the resident accepts it")
            .PermitIf(T.PayInFull, S.Paid, a => a.IsOmbudsmanOrder, "an offer is paid once the resident accepts it")
            .Permit(T.Cancel, S.Cancelled);

        award.Configure(S.Declined)
            .Permit(T.Accept, S.Accepted)
            .Permit(T.Cancel, S.Cancelled);

        award.Configure(S.NoReply)
            .Permit(T.Accept, S.Accepted)
            .Permit(T.Decline, S.Declined)
            .Permit(T.Cancel, S.Cancelled);

        award.Configure(S.Accepted)
            .Permit(T.PayInPart, S.PartPaid)
            .Permit(T.PayInFull, S.Paid)
            .Permit(T.Cancel, S.Cancelled);

        award.Configure(S.PartPaid)
            .PermitReentry(T.PayInPart)
            .Permit(T.PayInFull, S.Paid);

        award.Configure(S.Rejected);
        award.Configure(S.Paid);
        award.Configure(S.Cancelled);
    }, subject: "the award");
}
