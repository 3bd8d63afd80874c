namespace Complaints.Lifecycle.Policy;

/// <summary>The <c>lifecycle</c> section of a policy profile: every clock and window of a complaint's stages.</summary>
internal sealed class LifecyclePolicy
{
    public const string Section = "lifecycle";

    /// <summary>Something received at or after this local time counts from the next day; null = no cut-off.</summary>
    public TimeOnly? ReceiptCutOff { get; set; }

    /// <summary>A clock is "due soon" when this many working days or fewer remain.</summary>
    public int DueSoonWorkingDays { get; set; }

    public StagePolicy Stage1 { get; set; } = new();

    public StagePolicy Stage2 { get; set; } = new();

    public EscalationPolicy Escalation { get; set; } = new();

    /// <summary>Stage 1 closes when the resident has not replied for this many working days after the response; null = never.</summary>
    public int? AutoCloseNoReplyWorkingDays { get; set; }

    public string? AutoCloseClause { get; set; }

    /// <summary>An early-resolution step inside stage 1 (VHA Quick Fix, THA Get It Sorted); null when the policy has none.</summary>
    public InformalResolutionPolicy? InformalResolution { get; set; }

    /// <summary>Building-safety complaints go to the Building Safety Regulator after stage 1 (IVH); null = no such route.</summary>
    public BuildingSafetyRoutePolicy? BuildingSafetyRoute { get; set; }
}

internal sealed class BuildingSafetyRoutePolicy
{
    public string Criteria { get; set; } = "";

    public string To { get; set; } = "";

    public string Clause { get; set; } = "";
}

/// <summary>The clocks of one stage.</summary>
internal sealed class StagePolicy
{
    public DeadlinePolicy Acknowledge { get; set; } = new();

    public DeadlinePolicy Respond { get; set; } = new();

    public ExtensionPolicy Extension { get; set; } = new();
}

/// <summary>N working days from an event.</summary>
internal sealed class DeadlinePolicy
{
    public int WorkingDays { get; set; }

    public ClockStart From { get; set; }

    /// <summary>The policy clause this number comes from, quoted.</summary>
    public string Clause { get; set; } = "";
}

/// <summary>What a deadline counts from.</summary>
internal enum ClockStart
{
    Receipt,
    Acknowledgement,
    EscalationRequest,
}

/// <summary>How far a response deadline may move, and when the resident must agree.</summary>
internal sealed class ExtensionPolicy
{
    /// <summary>The most an extension may add without the resident's agreement; null = none allowed without it.</summary>
    public int? WithoutAgreementWorkingDays { get; set; }

    /// <summary>The most that may be added in all with agreement; null = no cap stated.</summary>
    public int? WithAgreementWorkingDays { get; set; }

    public bool AgreementAlwaysRequired { get; set; }

    public string Clause { get; set; } = "";
}

internal sealed class EscalationPolicy
{
    /// <summary>Working days after the stage 1 response within which the resident may escalate; null = no window stated.</summary>
    public int? WindowWorkingDays { get; set; }

    /// <summary>The policy asks for reasons; the Code forbids refusing escalation for their absence.</summary>
    public bool ReasonsAsked { get; set; }

    public string Clause { get; set; } = "";
}

internal sealed class InformalResolutionPolicy
{
    public string Name { get; set; } = "";

    /// <summary>Its own target inside stage 1; null when the policy says "same day where practicable".</summary>
    public int? WorkingDays { get; set; }

    public bool SameDay { get; set; }

    public string Clause { get; set; } = "";
}
