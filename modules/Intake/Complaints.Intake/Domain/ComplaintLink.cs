namespace Complaints.Intake.Domain;

/// <summary>
/// A link recorded once, from <see cref="ComplaintId"/> to <see cref="LinkedComplaintId"/>; each side reads it in
/// its own direction (a duplicate-of seen from the other side is duplicated-by).
/// </summary>
internal sealed class ComplaintLink
{
    public long Id { get; init; }

    public required Guid ComplaintId { get; init; }

    public required Guid LinkedComplaintId { get; init; }

    public required ComplaintLinkKind Kind { get; init; }

    public required string Reason { get; init; }

    public required DateTimeOffset LinkedAt { get; init; }

    public required string LinkedBy { get; init; }
}

/// <summary>How a complaint relates to the one it links to.</summary>
internal enum ComplaintLinkKind
{
    Related,

    /// <summary>The complaint repeats the linked one.</summary>
    DuplicateOf,

    /// <summary>The complaint was opened from a point raised on the linked one.</summary>
    RaisedFrom,
}
