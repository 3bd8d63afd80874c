namespace Complaints.Reporting.ReadModels;

/// <summary>
/// A change of policy or process a response made (table <c>reporting_service_improvements</c>): the annual report's
/// "service improvements made", numbered in the order the response gave them.
/// </summary>
internal sealed class ReportedServiceImprovement
{
    public required Guid ComplaintId { get; init; }

    public required int Stage { get; init; }

    public required int Number { get; init; }

    public required string Description { get; init; }

    public required DateTimeOffset MadeAt { get; init; }
}
