namespace Complaints.Reporting.ReadModels;

/// <summary>A theme or root cause recorded with a complaint's response at a stage (table <c>reporting_complaint_learning</c>).</summary>
internal sealed class ReportedLearning
{
    public required Guid ComplaintId { get; init; }

    public required int Stage { get; init; }

    public required LearningKind Kind { get; init; }

    public required string Code { get; init; }
}

internal enum LearningKind
{
    Theme,
    RootCause,
}
