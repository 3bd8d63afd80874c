namespace Complaints.Compensation.Domain;

/// <summary>The steps an award may take; the <see cref="AwardWorkflow"/> says which are allowed from each status.</summary>
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
