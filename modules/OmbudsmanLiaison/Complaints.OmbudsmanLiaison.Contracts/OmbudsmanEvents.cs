using Complaints.Kernel.Events;

namespace Complaints.OmbudsmanLiaison.Contracts;

/// <summary>A determination was recorded: its findings by element, for Reporting's counts by finding.</summary>
[EventName("complaints.ombudsman_liaison.v1.DeterminationRecorded")]
public sealed record DeterminationRecordedEvent(string OmbudsmanCaseReference, DateOnly DeterminedOn, IReadOnlyList<string> Findings, int Orders);

/// <summary>An order was complied with, on time or late, for Reporting's "orders complied on time".</summary>
[EventName("complaints.ombudsman_liaison.v1.OrderComplied")]
public sealed record OrderCompliedEvent(string OmbudsmanCaseReference, string OrderType, DateOnly DueOn, DateOnly CompliedOn, bool OnTime);
