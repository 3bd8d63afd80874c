using Complaints.Kernel.Events;

namespace Complaints.Hazards.Contracts;

/// <summary>A hazard was reported (from a complaint, a service request, a repair or a survey); <see cref="OccurredAt"/> is when the landlord became aware.</summary>
[EventName("complaints.hazards.v1.HazardReported")]
public sealed record HazardReportedEvent(long HazardId, string Reference, string Kind, bool Emergency, string Source, Guid? ComplaintId, string PropertyReference, DateTimeOffset OccurredAt);

/// <summary>A hazard clock was met, on time or late; <see cref="OccurredAt"/> is when the step was done. Reporting counts late ones by month and kind.</summary>
[EventName("complaints.hazards.v1.HazardClockMet")]
public sealed record HazardClockMetEvent(long HazardId, string Reference, string Kind, string Clock, DateTimeOffset DueAt, bool OnTime, DateTimeOffset OccurredAt);

/// <summary>
/// A hazard clock passed its due instant unmet: announced once per clock, by the sweep as it falls due or by the step
/// that met it late, whichever comes first. <see cref="OccurredAt"/> is the due instant, when it was missed.
/// </summary>
[EventName("complaints.hazards.v1.HazardClockMissed")]
public sealed record HazardClockMissedEvent(long HazardId, string Reference, string Kind, bool Emergency, string Clock, string Regulation, DateTimeOffset OccurredAt);

/// <summary>Suitable alternative accommodation was offered because the home could not be made safe in time.</summary>
[EventName("complaints.hazards.v1.AlternativeAccommodationOffered")]
public sealed record AlternativeAccommodationOfferedEvent(long HazardId, string Reference, string Kind, bool Emergency, DateTimeOffset OccurredAt);

/// <summary>
/// A hazard's clocks stopped for one of the regulation's reasons (HouseholdMoved, NoHazardFound, ConsentNotObtained) or
/// because the tenancy's tenure is not one the regulations reach (TenureNotCovered); <see cref="OverdueClocks"/> names
/// those already overdue then.
/// </summary>
[EventName("complaints.hazards.v1.HazardClocksStopped")]
public sealed record HazardClocksStoppedEvent(long HazardId, string Reference, string Kind, string Reason, IReadOnlyList<string> OverdueClocks, DateTimeOffset OccurredAt);
