using Complaints.Compensation.Contracts;

namespace Complaints.Reporting.ReadModels.Awards;

/// <summary>An award's lines of one category, added up (table <c>reporting_award_categories</c>).</summary>
internal sealed class ReportedAwardCategory
{
    public required long AwardId { get; init; }

    public required CompensationCategory Category { get; init; }

    public required long AmountPence { get; set; }
}
