namespace Complaints.Hazards.Policy;

/// <summary>
/// The <c>hazards</c> section of a policy profile: every Awaab's Law timescale (SI 2025/1042) with the regulation it
/// comes from and, where the text needs one, the reading taken; the hazard kinds with the day each comes into force; the
/// tenures the law applies to; how a complaint's flags become a report.
/// </summary>
internal sealed class HazardsPolicy
{
    public const string Section = "hazards";

    /// <summary>Something the landlord became aware of at or after this local time counts from the next day (working-day clocks only); null = no cut-off.</summary>
    public TimeOnly? ReceiptCutOff { get; set; }

    /// <summary>A working-day clock is due soon when this many working days or fewer remain.</summary>
    public int DueSoonWorkingDays { get; set; }

    /// <summary>An hours clock is due soon when this many hours or fewer remain.</summary>
    public int DueSoonHours { get; set; }

    public EmergencyPolicy Emergency { get; set; } = new();

    public SignificantPolicy Significant { get; set; } = new();

    /// <summary>Tenures the regulations apply to (social rent; not shared ownership or leasehold).</summary>
    public List<string> AppliesToTenures { get; set; } = [];

    public string TenuresRegulation { get; set; } = "";

    public string TenuresReading { get; set; } = "";

    /// <summary>Access attempts recorded before the clocks may stop because consent could not be obtained.</summary>
    public int AccessAttemptsBeforeConsentStop { get; set; }

    public string ReasonableEndeavoursRegulation { get; set; } = "";

    public string ReasonableEndeavoursReading { get; set; } = "";

    public StopPolicy Stopping { get; set; } = new();

    public FromComplaintPolicy FromComplaint { get; set; } = new();

    public List<HazardKindPolicy> Kinds { get; set; } = [];
}

/// <summary>Emergency hazards: investigate and make safe within hours of becoming aware.</summary>
internal sealed class EmergencyPolicy
{
    public HazardDeadline Investigate { get; set; } = new();

    public HazardDeadline MakeSafe { get; set; } = new();
}

/// <summary>Significant hazards: investigation, the written summary, safety work and further work.</summary>
internal sealed class SignificantPolicy
{
    public HazardDeadline Investigate { get; set; } = new();

    public HazardDeadline Summary { get; set; } = new();

    public HazardDeadline SafetyWork { get; set; } = new();

    public HazardDeadline FurtherWorkBegin { get; set; } = new();

    public HazardDeadline FurtherWorkPhysicalStart { get; set; } = new();
}

/// <summary>One timescale, in exactly one unit: hours (plain elapsed time), working days (the Code's calendar) or weeks (calendar).</summary>
internal sealed class HazardDeadline
{
    public int? Hours { get; set; }

    public int? WorkingDays { get; set; }

    public int? Weeks { get; set; }

    /// <summary>The regulation this number comes from, e.g. "SI 2025/1042 reg. 6".</summary>
    public string Regulation { get; set; } = "";

    /// <summary>The reading taken where the text leaves a choice; empty when none was needed.</summary>
    public string Reading { get; set; } = "";
}

/// <summary>The regulation's reasons the clocks stop, each with its reference and reading.</summary>
internal sealed class StopPolicy
{
    public string Regulation { get; set; } = "";

    public string Reading { get; set; } = "";
}

/// <summary>How a complaint's flags become a hazard report when the kind is not yet known.</summary>
internal sealed class FromComplaintPolicy
{
    /// <summary>Flags that report a hazard (Hazard, HealthAndSafety, Safeguarding).</summary>
    public List<string> Flags { get; set; } = [];

    /// <summary>The kind recorded for a flag without a kind, until the landlord assesses it.</summary>
    public string UnassessedKind { get; set; } = "";

    /// <summary>Whether a report without the emergency question answered runs the emergency clocks.</summary>
    public bool UnassessedIsEmergency { get; set; }

    public string Reading { get; set; } = "";
}

/// <summary>A hazard kind (HHSRS) and the day it comes into force for each category; null = not prescribed (later phases: the landlord confirms).</summary>
internal sealed class HazardKindPolicy
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public DateOnly? EmergencyFrom { get; set; }

    public DateOnly? SignificantFrom { get; set; }

    public string Reading { get; set; } = "";
}
