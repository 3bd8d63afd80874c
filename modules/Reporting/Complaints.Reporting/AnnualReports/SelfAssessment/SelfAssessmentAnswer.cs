namespace Complaints.Reporting.AnnualReports.SelfAssessment;

/// <summary>
/// The landlord's answer to one provision for one reporting year (table <c>reporting_self_assessment</c>). Unlike the
/// read models it is not rebuilt from the event log: it is the landlord's own record, kept through every rebuild.
/// </summary>
internal sealed class SelfAssessmentAnswer
{
    public required int ReportingYear { get; init; }

    public required string ProvisionId { get; init; }

    public Compliance Compliance { get; set; }

    public string Commentary { get; set; } = "";

    public string UpdatedBy { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Counts the edits; two officers editing at once cannot overwrite each other unseen.</summary>
    public int Version { get; set; }
}
