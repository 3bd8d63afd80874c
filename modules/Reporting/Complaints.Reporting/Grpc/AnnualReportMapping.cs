using Complaints.Reporting.AnnualReports;
using Complaints.Reporting.AnnualReports.SelfAssessment;
using Google.Protobuf.WellKnownTypes;
using Wire = Complaints.Reporting.Api.V1;

namespace Complaints.Reporting.Grpc;

/// <summary>The annual report's records to their messages; field for field, so the JSON route serves the same data as the page.</summary>
internal static class AnnualReportMapping
{
    public static Wire.AnnualReport ToMessage(AnnualReport report) => new()
    {
        ReportingYear = report.Year.StartYear,
        Landlord = report.Landlord,
        GeneratedAt = Timestamp.FromDateTimeOffset(report.GeneratedAt),
        Volumes = new Wire.ComplaintVolumes
        {
            Stage1Received = report.Volumes.Stage1Received,
            Stage2Received = report.Volumes.Stage2Received,
            ByStageAndMonth = { report.Volumes.ByStageAndMonth.Select(s => new Wire.MonthlySeries { Label = s.Label, Months = { s.Months } }) },
            ByChannel = { report.Volumes.ByChannel.Select(ToMessage) },
            ByCategory = { report.Volumes.ByCategory.Select(ToMessage) },
            ByOutcome = { report.Volumes.ByOutcome.Select(ToMessage) },
        },
        Timeliness =
        {
            report.Timeliness.Select(t => new Wire.StageTimeliness
            {
                Stage = t.Stage, Acknowledged = t.Acknowledged, AcknowledgedInTime = t.AcknowledgedInTime,
                Responded = t.Responded, RespondedInTime = t.RespondedInTime, Extended = t.Extended,
            }),
        },
        Refusals = { report.Refusals.Select(ToMessage) },
        Ombudsman = new Wire.OmbudsmanOutcomes
        {
            Referrals = report.Ombudsman.Referrals, Determinations = report.Ombudsman.Determinations,
            Findings = { report.Ombudsman.Findings.Select(ToMessage) },
            OrdersDue = report.Ombudsman.OrdersDue, OrdersCompliedOnTime = report.Ombudsman.OrdersCompliedOnTime,
            OrdersCompliedLate = report.Ombudsman.OrdersCompliedLate, OrdersOutstanding = report.Ombudsman.OrdersOutstanding,
        },
        ServiceImprovements =
        {
            report.ServiceImprovements.Select(i => new Wire.ServiceImprovement
            {
                ComplaintReference = i.ComplaintReference, Description = i.Description, MadeAt = Timestamp.FromDateTimeOffset(i.MadeAt),
            }),
        },
        Compensation = new Wire.CompensationPaid
        {
            Awards = report.Compensation.Awards, TotalPence = report.Compensation.TotalPence,
            ByBand = { report.Compensation.ByBand.Select(ToMessage) },
            ByCategory = { report.Compensation.ByCategory.Select(ToMessage) },
        },
        ComplimentsAndFeedback = { report.ComplimentsAndFeedback.Select(ToMessage) },
        SelfAssessment = { report.SelfAssessment.Select(ToMessage) },
    };

    public static Wire.SelfAssessmentEntry ToMessage(SelfAssessmentEntry entry)
    {
        var message = new Wire.SelfAssessmentEntry
        {
            ProvisionId = entry.Provision.Id, Section = entry.Provision.Section, SectionTitle = entry.Provision.SectionTitle,
            Requirement = entry.Provision.Requirement, Evidence = { entry.Evidence }, Compliance = (Wire.Compliance)entry.Compliance,
            Commentary = entry.Commentary, Version = entry.Version,
            UpdatedAt = entry.UpdatedAt is { } at ? Timestamp.FromDateTimeOffset(at) : null,
        };
        if (entry.UpdatedBy is { } by)
            message.UpdatedBy = by;
        return message;
    }

    private static Wire.Tally ToMessage(Tally tally) => new() { Code = tally.Code, Label = tally.Label, Count = tally.Count };

    private static Wire.Amount ToMessage(Amount amount)
    {
        var message = new Wire.Amount { Code = amount.Code, Label = amount.Label, Pence = amount.Pence };
        if (amount.Count is { } count)
            message.Count = count;
        return message;
    }
}
