namespace Complaints.Hazards.Contracts;

/// <summary>A hazard as other modules see it: what and where, when the landlord became aware, its clocks, access attempts, any offer of alternative accommodation and why its clocks stopped.</summary>
public sealed record HazardSummary(
    long Id,
    string Reference,
    string Kind,
    bool Emergency,
    DateTimeOffset AwareAt,
    string PropertyReference,
    IReadOnlyList<HazardClockSummary> Clocks,
    IReadOnlyList<AccessAttemptSummary> AccessAttempts,
    IReadOnlyList<AccommodationOfferSummary> AccommodationOffers,
    HazardStopSummary? Stopped);

/// <summary>One Awaab's Law clock: due instant (hours or the end of a working day), status, and the regulation behind it.</summary>
public sealed record HazardClockSummary(string Name, DateTimeOffset StartedAt, DateTimeOffset DueAt, HazardClockStatus Status, DateTimeOffset? EndedAt, string Regulation);

/// <summary>A clock's state as of an instant; Stopped when the hazard's clocks were stopped for one of the regulation's reasons before it was met.</summary>
public enum HazardClockStatus
{
    OnTrack,
    DueSoon,
    Overdue,
    MetOnTime,
    MetLate,
    Stopped,
}

/// <summary>One attempt to get into the home: the "all reasonable endeavours" record.</summary>
public sealed record AccessAttemptSummary(DateTimeOffset AttemptedAt, string Method, string Outcome, string Notes, string RecordedBy);

public sealed record AccommodationOfferSummary(DateTimeOffset OfferedAt, string Details, string OfferedBy);

/// <summary>Why the clocks stopped (HouseholdMoved, NoHazardFound, ConsentNotObtained), with its evidence.</summary>
public sealed record HazardStopSummary(string Reason, string Evidence, DateTimeOffset StoppedAt, string StoppedBy);
