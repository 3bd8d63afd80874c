using Complaints.Kernel.Events;

namespace Complaints.OmbudsmanLiaison.Contracts;

// An Ombudsman case's course, for Reporting and any system following the event log. Parameters added after the first
// release are trailing and optional, so events logged before them still read; none carries free text.

/// <summary>A complaint (or several) was referred to the Ombudsman: the case, the complaints, the day referred and when it was recorded as happening.</summary>
[EventName("complaints.ombudsman_liaison.v1.ReferralRecorded")]
public sealed record ReferralRecordedEvent(long ReferralId, string OmbudsmanCaseReference, IReadOnlyList<Guid> ComplaintIds, DateOnly ReferredOn, DateTimeOffset OccurredAt);

/// <summary>
/// A determination was recorded: its findings by element (<see cref="Findings"/> as names, <see cref="Elements"/> with
/// the complaint each belongs to), the complaints referred, the number of orders, and when it was recorded as happening.
/// </summary>
[EventName("complaints.ombudsman_liaison.v1.DeterminationRecorded")]
public sealed record DeterminationRecordedEvent(
    string OmbudsmanCaseReference, DateOnly DeterminedOn, IReadOnlyList<string> Findings, int Orders,
    IReadOnlyList<Guid>? ComplaintIds = null, IReadOnlyList<DeterminedElement>? Elements = null, DateTimeOffset? OccurredAt = null);

/// <summary>A determination ordered something: the order, its type, its complaint, the sum for a compensation order, and when it is due.</summary>
[EventName("complaints.ombudsman_liaison.v1.OrderMade")]
public sealed record OrderMadeEvent(
    long OrderId, string OmbudsmanCaseReference, Guid? ComplaintId, OmbudsmanOrderType Type, long? AmountPence, DateOnly DueOn, DateTimeOffset OccurredAt);

/// <summary>An order was complied with, on time or late, for Reporting's "orders complied on time".</summary>
[EventName("complaints.ombudsman_liaison.v1.OrderComplied")]
public sealed record OrderCompliedEvent(
    string OmbudsmanCaseReference, string OrderType, DateOnly DueOn, DateOnly CompliedOn, bool OnTime,
    long? OrderId = null, Guid? ComplaintId = null, DateTimeOffset? OccurredAt = null);
