namespace Complaints.Reporting.AnnualReports.SelfAssessment;

/// <summary>
/// One provision of the Complaint Handling Code the self-assessment answers (Code section 8 asks for every one): its
/// section, what it requires in our words, the system evidence that shows the product does it, and which live figure of
/// the year's report backs it, if any.
/// </summary>
internal sealed record CodeProvision(string Id, int Section, string SectionTitle, string Requirement, IReadOnlyList<string> Evidence, string? Figure);

/// <summary>The landlord's own answer to a provision — whether it complies — which the self-assessment asks for.</summary>
internal enum Compliance
{
    NotAnswered = 0,
    Complies = 1,
    PartlyComplies = 2,
    DoesNotComply = 3,
}

/// <summary>A provision as the year's report shows it: the system's evidence, the live figure, and the landlord's answer and commentary.</summary>
internal sealed record SelfAssessmentEntry(
    CodeProvision Provision, IReadOnlyList<string> Evidence, Compliance Compliance, string Commentary, string? UpdatedBy, DateTimeOffset? UpdatedAt, int Version);
