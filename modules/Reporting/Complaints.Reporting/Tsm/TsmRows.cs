using Complaints.Reporting.Contracts;
using Complaints.Reporting.Persistence;
using Complaints.Reporting.Policy;

namespace Complaints.Reporting.Tsm;

/// <summary>
/// The counting rules of CH01 and CH02 written once, as one query over <c>reporting_complaints</c>: the figures group
/// and count it, the lines page through it, so the two can never disagree. Only complaints with one of the four
/// instants in the year are read (a range on an indexed column each).
/// </summary>
internal static class TsmRows
{
    public static IQueryable<TsmRow> Of(ReportingDbContext db, ReportingYear year, TsmCountingRule rule)
    {
        var (from, until) = (year.From, year.Until);
        var (withdrawn, notAccepted, extension) = (rule.CountWithdrawn, rule.CountNotAccepted, rule.ExtensionCountsAsInTime);
        return db.Complaints
            .Where(c => (c.ReceivedAt >= from && c.ReceivedAt < until) || (c.Stage2EnteredAt >= from && c.Stage2EnteredAt < until)
                || (c.Stage1RespondedAt >= from && c.Stage1RespondedAt < until) || (c.Stage2RespondedAt >= from && c.Stage2RespondedAt < until))
            .Select(c => new TsmRow
            {
                ComplaintId = c.ComplaintId,
                Reference = c.Reference,
                StockType = c.StockType,
                ReceivedAt = c.ReceivedAt,
                Stage2EnteredAt = c.Stage2EnteredAt,
                Stage1RespondedAt = c.Stage1RespondedAt,
                Stage2RespondedAt = c.Stage2RespondedAt,
                // CH01-1: received in the year and entered stage 1 (or declined, when not-accepted ones count); one
                // withdrawn during stage 1 only when withdrawn ones count. A service request never counts.
                Ch01Stage1 = c.ReceivedAt >= from && c.ReceivedAt < until
                    && (c.Stage1EnteredAt != null || (notAccepted && c.DeclinedAt != null))
                    && (withdrawn || c.WithdrawnAtStage != 1),
                // CH01-2: escalated in the year; a refused escalation only when not-accepted ones count, one withdrawn
                // during stage 2 only when withdrawn ones count.
                Ch01Stage2 = c.Stage2EnteredAt >= from && c.Stage2EnteredAt < until
                    && (notAccepted || c.EscalationRefusedAt == null)
                    && (withdrawn || c.WithdrawnAtStage != 2),
                // CH02: responses issued in the year; in time by the lifecycle's verdict on the response clock, and
                // one in time only by an extension only when extensions count.
                Ch02Stage1 = c.Stage1RespondedAt >= from && c.Stage1RespondedAt < until,
                Ch02Stage1InTime = c.Stage1RespondedAt >= from && c.Stage1RespondedAt < until && c.Stage1Respond.MetOnTime == true
                    && (extension || c.Stage1Respond.OnTimeOnlyByExtension != true),
                Ch02Stage2 = c.Stage2RespondedAt >= from && c.Stage2RespondedAt < until,
                Ch02Stage2InTime = c.Stage2RespondedAt >= from && c.Stage2RespondedAt < until && c.Stage2Respond.MetOnTime == true
                    && (extension || c.Stage2Respond.OnTimeOnlyByExtension != true),
                Withdrawn = c.WithdrawnAt != null,
                NotAccepted = c.DeclinedAt != null || c.EscalationRefusedAt != null,
                Stage1OnlyByExtension = c.Stage1Respond.OnTimeOnlyByExtension == true,
                Stage2OnlyByExtension = c.Stage2Respond.OnTimeOnlyByExtension == true,
            });
    }
}
