using Complaints.Kernel.Persistence;

namespace Complaints.OmbudsmanLiaison.Domain;

/// <summary>A complaint (or several) the resident took to the Housing Ombudsman, under the Ombudsman's case reference.</summary>
internal sealed class Referral : IVersioned
{
    public long Id { get; init; }

    public required string OmbudsmanCaseReference { get; init; }

    public required DateOnly ReferredOn { get; init; }

    public required List<ReferredComplaint> Complaints { get; init; }

    public required string Summary { get; init; }

    public required string RecordedBy { get; init; }

    public required DateTimeOffset RecordedAt { get; init; }

    public Determination? Determination { get; set; }

    public int Version { get; set; }
}

internal sealed record ReferredComplaint(Guid ComplaintId, string Reference, string StageAtReferral);

internal sealed record Determination(DateOnly DeterminedOn, IReadOnlyList<ElementFinding> Findings, string RecordedBy, DateTimeOffset RecordedAt);

internal sealed record ElementFinding(string Element, Finding Finding, Guid? ComplaintId);

/// <summary>The proto enum's numbers match these by design.</summary>
internal enum Finding
{
    NoMaladministration = 1,
    ServiceFailure = 2,
    Maladministration = 3,
    SevereMaladministration = 4,
    Mediation = 5,
    Redress = 6,
    OutsideJurisdiction = 7,
    Withdrawn = 8,
}

/// <summary>What the Ombudsman asked for, by when, and what was sent.</summary>
internal sealed class EvidenceRequest
{
    public long Id { get; init; }

    public required long ReferralId { get; init; }

    public required string What { get; init; }

    public required DateOnly ReceivedOn { get; init; }

    public required DateOnly DueOn { get; init; }

    /// <summary>"as the request states", or the profile clause the default came from.</summary>
    public required string DueFrom { get; init; }

    public DateTimeOffset? SubmittedAt { get; set; }

    public string? WhatWasSent { get; set; }

    public string? DelayExplanation { get; set; }
}

/// <summary>A binding order of the determination: what, by when, whose, and how it was complied with.</summary>
internal sealed class Order
{
    public long Id { get; init; }

    public required long ReferralId { get; init; }

    public required OrderType Type { get; init; }

    public required string Description { get; init; }

    public long? AmountPence { get; init; }

    public required DateOnly DueOn { get; init; }

    public required string Owner { get; init; }

    public Guid? ComplaintId { get; init; }

    public long? AwardId { get; set; }

    public string? AwardReference { get; set; }

    public DateOnly? CompliedOn { get; set; }

    public string? ComplianceEvidence { get; set; }
}

/// <summary>The proto enum's numbers match these by design.</summary>
internal enum OrderType
{
    Apology = 1,
    Compensation = 2,
    Works = 3,
    ReviewOfPolicy = 4,
    StaffTraining = 5,
    Other = 6,
}

/// <summary>A recommendation: discretionary, but answered — accepted, or declined with a reason.</summary>
internal sealed class Recommendation
{
    public long Id { get; init; }

    public required long ReferralId { get; init; }

    public required string Description { get; init; }

    public bool? Accepted { get; set; }

    public string? Reason { get; set; }

    public string? RespondedBy { get; set; }
}
