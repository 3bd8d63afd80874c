namespace Complaints.Reporting.ReadModels;

/// <summary>
/// The lifecycle's verdict on one clock, as its ComplaintClockSettled event gave it (columns of
/// <c>reporting_complaints</c>, prefixed with the clock): all null until the clock is met.
/// </summary>
internal sealed class ClockVerdict
{
    public DateTimeOffset? DueBy { get; set; }

    public DateTimeOffset? MetAt { get; set; }

    /// <summary>Met by its due instant, an extension in force counted.</summary>
    public bool? MetOnTime { get; set; }

    /// <summary>Working days of extension in force when it was met (0 without one).</summary>
    public int? ExtendedByWorkingDays { get; set; }

    /// <summary>Met on time only because of an extension: after it was due without one.</summary>
    public bool? OnTimeOnlyByExtension { get; set; }
}
