using Complaints.HousingSystem.Contracts;

namespace Complaints.Reporting.Tsm;

/// <summary>
/// One complaint of <c>reporting_complaints</c> as the year's measures see it: which figure counts it and, for CH02,
/// whether it was in time. Worked out in SQL (<see cref="TsmRows"/>), so the figures are aggregates of it.
/// </summary>
internal sealed class TsmRow
{
    public Guid ComplaintId { get; init; }

    public string? Reference { get; init; }

    public StockType? StockType { get; init; }

    public DateTimeOffset? ReceivedAt { get; init; }

    public DateTimeOffset? Stage2EnteredAt { get; init; }

    public DateTimeOffset? Stage1RespondedAt { get; init; }

    public DateTimeOffset? Stage2RespondedAt { get; init; }

    public bool Ch01Stage1 { get; init; }

    public bool Ch01Stage2 { get; init; }

    public bool Ch02Stage1 { get; init; }

    public bool Ch02Stage1InTime { get; init; }

    public bool Ch02Stage2 { get; init; }

    public bool Ch02Stage2InTime { get; init; }

    /// <summary>Counted although withdrawn or not accepted (the flags allow it), or responded in time only by an extension.</summary>
    public bool Withdrawn { get; init; }

    public bool NotAccepted { get; init; }

    public bool Stage1OnlyByExtension { get; init; }

    public bool Stage2OnlyByExtension { get; init; }
}
