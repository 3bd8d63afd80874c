namespace Complaints.Kernel.Privacy;

/// <summary>
/// A hold on one record (litigation, a regulator's or the Ombudsman's inquiry, a subject's own request): while it is
/// in place the retention sweep leaves the record as it is, however old. Released holds are kept, as the record of why
/// the record outlived its schedule.
/// </summary>
public sealed class LegalHold
{
    public long Id { get; init; }

    public required RetainedRecordKind Kind { get; init; }

    /// <summary>The complaint's or conduct case's reference, as people name it.</summary>
    public required string Reference { get; init; }

    public required string Reason { get; init; }

    public required string PlacedBy { get; init; }

    public required DateTimeOffset PlacedAt { get; init; }

    public string? ReleasedBy { get; set; }

    public DateTimeOffset? ReleasedAt { get; set; }

    public string? ReleaseReason { get; set; }

    public bool InPlace => ReleasedAt is null;
}

/// <summary>That a record's personal data was anonymised, when and under which rule: the sweep's memory, so it visits a record once.</summary>
public sealed class AnonymisedRecord
{
    public required RetainedRecordKind Kind { get; init; }

    public required string Reference { get; init; }

    public required DateTimeOffset AnonymisedAt { get; init; }

    public required DateTimeOffset ConcludedAt { get; init; }

    /// <summary>The rule applied, as the profile gave it: "6 years after conclusion (clause …)".</summary>
    public required string Rule { get; init; }

    /// <summary>How many rows each module changed, e.g. "Intake 1, Investigation 7".</summary>
    public required string Changes { get; init; }
}
