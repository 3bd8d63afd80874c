using Complaints.Kernel.Persistence;

namespace Complaints.Intake.Domain;

/// <summary>A logged complaint as Intake records it: what, from whom, how and when it arrived.</summary>
internal sealed class Complaint : IVersioned
{
    public Guid Id { get; init; }

    /// <summary>Human-readable and unique, e.g. <c>CMP-2026-000123</c>.</summary>
    public required string Reference { get; init; }

    public required ComplaintChannel Channel { get; init; }

    /// <summary>What it is about: a code from the policy profile's <c>intake.complaintCategories</c>, when one was given.</summary>
    public string? Category { get; init; }

    public required string Description { get; set; }

    public required string ResidentReference { get; set; }

    /// <summary>When the landlord received it: the start of every clock.</summary>
    public required DateTimeOffset ReceivedAt { get; init; }

    public required DateTimeOffset LoggedAt { get; init; }

    public required string LoggedBy { get; init; }

    /// <summary>The complaint as the landlord understands it, set when acknowledged.</summary>
    public string? Definition { get; set; }

    public string? NamedOfficer { get; set; }

    public string? ResolutionSought { get; set; }

    /// <summary>The policy's exclusion reason code, when not accepted.</summary>
    public string? ExclusionReason { get; set; }

    /// <summary>Why it was not accepted or was withdrawn, as the resident was told.</summary>
    public string? OutcomeExplanation { get; set; }

    public bool OmbudsmanSignposted { get; set; }

    public DateTimeOffset? IssueOccurredAt { get; init; }

    public DateTimeOffset? ResidentAwareAt { get; init; }

    public bool Safeguarding { get; init; }

    public bool HealthAndSafety { get; init; }

    public bool BuildingSafety { get; init; }

    public bool Anonymous { get; init; }

    /// <summary>The policy's acceptance rules as applied at logging.</summary>
    public required AcceptanceAssessment Acceptance { get; init; }

    /// <summary>Set when an officer accepted it although the acceptance rules would not.</summary>
    public AcceptanceOverride? AcceptanceOverride { get; set; }

    /// <summary>The points complained about: those given at logging, then related ones that joined stage 1.</summary>
    public List<ComplaintPoint> Points { get; set; } = [];

    public string? DesiredOutcome { get; init; }

    public Representative? Representative { get; set; }

    /// <summary>The policy's consent rule applied to <see cref="Representative"/>, when there is one.</summary>
    public ConsentCheck? RepresentativeConsent { get; init; }

    public List<string> ReasonableAdjustments { get; init; } = [];

    public List<string> Vulnerabilities { get; set; } = [];

    /// <summary>
    /// Set when the resident was under a contact restriction as the complaint arrived: it was logged all the same,
    /// flagged, and routed as the restriction says (a restriction never shuts anyone out of the complaints process).
    /// </summary>
    public VexatiousBehaviour.Contracts.ContactRouting? ContactRouting { get; init; }

    /// <summary>The service request it was raised from: the request stays open alongside it.</summary>
    public Guid? ServiceRequestId { get; init; }

    public int Version { get; set; }
}
