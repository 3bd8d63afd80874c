namespace Complaints.OmbudsmanLiaison.Contracts;

/// <summary>A determination was recorded: its findings by element, for Reporting's counts by finding.</summary>
public sealed record DeterminationRecordedEvent(string OmbudsmanCaseReference, DateOnly DeterminedOn, IReadOnlyList<string> Findings, int Orders);

/// <summary>An order was complied with, on time or late, for Reporting's "orders complied on time".</summary>
public sealed record OrderCompliedEvent(string OmbudsmanCaseReference, string OrderType, DateOnly DueOn, DateOnly CompliedOn, bool OnTime);
