using Complaints.OmbudsmanLiaison.Contracts;

namespace Complaints.Reporting.ReadModels.Ombudsman;

/// <summary>The finding on one element of a determination (table <c>reporting_ombudsman_findings</c>).</summary>
internal sealed class ReportedOmbudsmanFinding
{
    public required string OmbudsmanCaseReference { get; init; }

    /// <summary>The element's place in the determination, from 1.</summary>
    public required int Number { get; init; }

    public required OmbudsmanFinding Finding { get; init; }

    public Guid? ComplaintId { get; init; }
}
