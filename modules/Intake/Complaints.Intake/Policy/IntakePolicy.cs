namespace Complaints.Intake.Policy;

/// <summary>The <c>intake</c> section of a policy profile: what is accepted as a complaint, and how.</summary>
internal sealed class IntakePolicy
{
    public const string Section = "intake";

    public AcceptancePolicy Acceptance { get; set; } = new();

    /// <summary>The reasons an officer may give for not accepting a complaint; nothing outside this list.</summary>
    public List<ExclusionReason> ExclusionReasons { get; set; } = [];

    /// <summary>What a complaint may be about, for the annual report's breakdown; a complaint names at most one.</summary>
    public List<ComplaintCategory> ComplaintCategories { get; set; } = [];

    public AnonymousPolicy Anonymous { get; set; } = new();

    public MpOrCouncillorPolicy MpOrCouncillor { get; set; } = new();

    public RepresentativePolicy Representatives { get; set; } = new();

    /// <summary>New evidence after a stage 1 response opens a new linked stage 1 complaint (Livin).</summary>
    public bool NewEvidenceAfterStage1OpensNewStage1 { get; set; }

    /// <summary>Related new points raised before the stage 1 response join it (the Code requires this).</summary>
    public bool RelatedPointsJoinOpenStage1 { get; set; }

    /// <summary>Compliments and general feedback: recorded and counted apart from complaints.</summary>
    public FeedbackPolicy Feedback { get; set; } = new();
}

/// <summary>How old a complaint may be and still be accepted.</summary>
internal sealed class AcceptancePolicy
{
    public int WindowMonths { get; set; }

    public AcceptanceMeasuredFrom MeasuredFrom { get; set; }

    /// <summary>Matters accepted however old: e.g. Safeguarding, HealthAndSafety, Exceptional.</summary>
    public List<string> Exceptions { get; set; } = [];

    /// <summary>The policy lets an officer accept an older complaint for good reason (recorded).</summary>
    public bool Discretion { get; set; }

    /// <summary>The exclusion reason (from the list) offered when a complaint is out of time.</summary>
    public string ExclusionReasonCode { get; set; } = "";

    public string Clause { get; set; } = "";
}

internal enum AcceptanceMeasuredFrom
{
    /// <summary>From when the issue happened.</summary>
    Occurred,

    /// <summary>From when it happened or, if later, when the resident became aware of it.</summary>
    OccurredOrAware,
}

internal sealed class ExclusionReason
{
    public string Code { get; set; } = "";

    public string Description { get; set; } = "";

    public string Clause { get; set; } = "";
}

/// <summary>One entry of the controlled list of complaint categories.</summary>
internal sealed class ComplaintCategory
{
    public string Code { get; set; } = "";

    public string Description { get; set; } = "";
}

internal sealed class AnonymousPolicy
{
    /// <summary>NotStated, Decline, ManagerDiscretion or ConsiderOnMerit.</summary>
    public string Handling { get; set; } = "";

    /// <summary>For Decline: the exclusion reason (from the list) offered.</summary>
    public string? ExclusionReasonCode { get; set; }

    public string Clause { get; set; } = "";
}

internal sealed class MpOrCouncillorPolicy
{
    /// <summary>NotStated, Complaint, Correspondence, Representative or DesignatedPerson.</summary>
    public string Handling { get; set; } = "";

    /// <summary>For Correspondence: the reply deadline (IDS: 10 working days).</summary>
    public int? ReplyWorkingDays { get; set; }

    public string Clause { get; set; } = "";
}

internal sealed class RepresentativePolicy
{
    /// <summary>NotStated, Confirmed, Consent or WrittenConsent.</summary>
    public string Consent { get; set; } = "";

    public string Clause { get; set; } = "";
}
