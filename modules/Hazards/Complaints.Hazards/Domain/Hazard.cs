namespace Complaints.Hazards.Domain;

/// <summary>
/// A hazard the landlord has become aware of in a home, and what has been done about it. Its clocks are never stored:
/// they are worked out from these facts and the profile (<see cref="Clocks.HazardClockCalculator"/>), so a changed
/// profile or calendar reads through.
/// </summary>
internal sealed class Hazard : Complaints.Kernel.Persistence.IVersioned
{
    public long Id { get; set; }

    /// <summary>E.g. "HAZ-2026-000001".</summary>
    public string Reference { get; set; } = "";

    public HazardSource Source { get; set; }

    /// <summary>The complaint, service request, repair or survey it came from (its reference or id).</summary>
    public string SourceReference { get; set; } = "";

    /// <summary>Set when it came from a complaint: the complaint's page and evidence pack show it.</summary>
    public Guid? ComplaintId { get; set; }

    public string PropertyReference { get; set; } = "";

    public string ResidentReference { get; set; } = "";

    /// <summary>A code from the profile's kinds (e.g. "damp-and-mould").</summary>
    public string Kind { get; set; } = "";

    public bool Emergency { get; set; }

    /// <summary>When the landlord became aware: every clock counts from here, out of hours and on bank holidays too.</summary>
    public DateTimeOffset AwareAt { get; set; }

    /// <summary>The tenure as recorded on the case (until the housing management system gives it); empty when not yet known.</summary>
    public string Tenure { get; set; } = "";

    public string Description { get; set; } = "";

    public string ReportedBy { get; set; } = "";

    public DateTimeOffset ReportedAt { get; set; }

    public Investigation? Investigation { get; set; }

    public DateTimeOffset? SummarySentAt { get; set; }

    public string? SummaryText { get; set; }

    /// <summary>Safety work done (for an emergency: made safe).</summary>
    public WorkDone? SafetyWork { get; set; }

    public FurtherWork? FurtherWork { get; set; }

    public List<AccessAttempt> AccessAttempts { get; set; } = [];

    public List<AccommodationOffer> AccommodationOffers { get; set; } = [];

    public ClockStop? Stopped { get; set; }

    /// <summary>When the clocks stopped (copied from <see cref="Stopped"/>), so open hazards are found by an index.</summary>
    public DateTimeOffset? StoppedAt { get; set; }

    /// <summary>The clocks announced as missed (<c>HazardClockMissed</c>), so each is announced once.</summary>
    public List<string> MissedClocks { get; set; } = [];

    public int Version { get; set; }
}

internal enum HazardSource
{
    Complaint,
    ServiceRequest,
    Repair,
    Survey,
}

/// <summary>The investigation's end: when, by whom, what it found, and whether a hazard (needing work) was found.</summary>
internal sealed record Investigation(DateTimeOffset EndedAt, string Investigator, string Findings, bool HazardFound, string RecordedBy);

internal sealed record WorkDone(DateTimeOffset CompletedAt, string Details, string RecordedBy);

/// <summary>
/// Further work: begun, or (where it could not reasonably be begun in time) the steps taken to begin it, and the day
/// it physically started.
/// </summary>
internal sealed record FurtherWork(DateTimeOffset? BegunAt, DateTimeOffset? StepsTakenAt, string? StepsTaken, DateTimeOffset? PhysicallyStartedAt, string Details, string RecordedBy);

/// <summary>One attempt to get into the home: the landlord's "all reasonable endeavours" record.</summary>
internal sealed record AccessAttempt(DateTimeOffset AttemptedAt, AccessMethod Method, AccessOutcome Outcome, string Notes, string RecordedBy);

internal enum AccessMethod
{
    Visit,
    Phone,
    Letter,
    Email,
    TextMessage,
    InPerson,
}

internal enum AccessOutcome
{
    Gained,
    NoAnswer,
    Refused,
    AppointmentMade,
    AppointmentMissed,
}

internal sealed record AccommodationOffer(DateTimeOffset OfferedAt, string Details, string OfferedBy);

/// <summary>The clocks stopped for one of the regulation's reasons, with its evidence.</summary>
internal sealed record ClockStop(StopReason Reason, string Evidence, DateTimeOffset StoppedAt, string StoppedBy);

internal enum StopReason
{
    /// <summary>The household moved out into alternative accommodation.</summary>
    HouseholdMoved,

    /// <summary>A further investigation found no hazard (or no work required).</summary>
    NoHazardFound,

    /// <summary>The work needs someone else's consent, not obtained despite all reasonable steps.</summary>
    ConsentNotObtained,

    /// <summary>
    /// Not one of the regulation's reasons: the tenancy's tenure (from the housing management system, or found by an
    /// officer) is one the regulations do not reach, so they never applied.
    /// </summary>
    TenureNotCovered,
}
