using Complaints.Kernel.Persistence;

namespace Complaints.Compensation.Domain;

/// <summary>
/// An award that puts something right, for a complaint or an Ombudsman order. Its lines and total are fixed when it
/// is proposed (rejected awards are proposed again, not edited); what happens to it afterwards is the
/// <see cref="AwardWorkflow"/>'s to allow, and every step is a <see cref="AwardDecision"/>.
/// </summary>
internal sealed class Award : IVersioned
{
    public long Id { get; init; }

    /// <summary>E.g. <c>AWD-2026-000042</c>: the year proposed, then a number that restarts each year.</summary>
    public required string Reference { get; init; }

    public Guid? ComplaintId { get; init; }

    public string? OmbudsmanCaseReference { get; init; }

    public AwardStatus Status { get; set; } = AwardStatus.Proposed;

    public required List<AwardLine> Lines { get; init; }

    public required long TotalPence { get; init; }

    /// <summary>The remedy band the total fell in when proposed.</summary>
    public required string Band { get; init; }

    /// <summary>The award's date: the rates in force on it were used.</summary>
    public required DateOnly AwardedOn { get; init; }

    public string? RatesEffectiveFrom { get; init; }

    public required string Rationale { get; init; }

    public required string ProposedBy { get; init; }

    public required DateTimeOffset ProposedAt { get; init; }

    /// <summary>The London day it was proposed, for the work queue's date filter.</summary>
    public required DateOnly ProposedOn { get; init; }

    public long? ApprovedPence { get; set; }

    public long PaidPence { get; set; }

    /// <summary>
    /// What may still be paid: approved less paid; nothing before approval, and nothing on a record whose paid amount
    /// is outside 0..approved (as a sum that wrapped past int64 before the safety limit left it).
    /// </summary>
    public long RemainingPence => ApprovedPence is { } approved && PaidPence >= 0 && PaidPence <= approved ? approved - PaidPence : 0;

    public List<AwardDecision> Decisions { get; set; } = [];

    public int Version { get; set; }

    /// <summary>An Ombudsman order is binding: it is paid once approved, without waiting for the resident to accept an offer.</summary>
    public bool IsOmbudsmanOrder => OmbudsmanCaseReference is not null;
}

/// <summary>The proto enum's numbers match these by design.</summary>
internal enum AwardStatus
{
    Proposed = 1,
    Approved = 2,
    Rejected = 3,
    Accepted = 4,
    Declined = 5,
    NoReply = 6,
    PartPaid = 7,
    Paid = 8,
    Cancelled = 9,
}

/// <summary>One step in an award's life, with who took it, in which roles, when and why.</summary>
internal sealed record AwardDecision(string Kind, string Actor, IReadOnlyList<string> ActorRoles, string Reason, DateTimeOffset At);
