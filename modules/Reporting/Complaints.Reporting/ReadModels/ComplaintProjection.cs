using System.Text.Json;
using Complaints.HousingSystem.Contracts;
using Complaints.Intake.Contracts;
using Complaints.Investigation.Contracts;
using Complaints.Kernel.Events;
using Complaints.Kernel.Persistence;
using Complaints.Lifecycle.Contracts;
using Complaints.Reporting.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Reporting.ReadModels;

/// <summary>
/// Applies a page of logged events to <c>reporting_complaints</c> and its learning table: the rows the page touches are
/// read in one query, changed in memory, and saved by the caller with the cursor in one transaction. Each moment is
/// kept the first time it happens, so applying an event twice changes nothing.
/// </summary>
internal static class ComplaintProjection
{
    private static readonly Dictionary<string, Type> Followed = new()
    {
        ["complaints.intake.v1.ComplaintLogged"] = typeof(ComplaintLoggedEvent),
        ["complaints.intake.v1.ComplaintDeclined"] = typeof(ComplaintDeclinedEvent),
        ["complaints.lifecycle.v1.ComplaintStageChanged"] = typeof(ComplaintStageChangedEvent),
        ["complaints.lifecycle.v1.ComplaintClockSettled"] = typeof(ComplaintClockSettledEvent),
        ["complaints.investigation.v1.ResponseIssued"] = typeof(ResponseIssuedEvent),
        ["complaints.housing_system.v1.ComplaintStockTypeResolved"] = typeof(ComplaintStockTypeResolvedEvent),
    };

    public static async Task ApplyAsync(ReportingDbContext db, IReadOnlyList<LoggedEvent> page, CancellationToken cancellationToken)
    {
        var facts = page.Where(e => Followed.ContainsKey(e.EventType))
            .Select(e => JsonSerializer.Deserialize(e.Payload, Followed[e.EventType], KernelJson.Options)!).ToList();
        if (facts.Count == 0)
            return;
        var ids = facts.Select(ComplaintOf).Distinct().ToList();
        var rows = await db.Complaints.Where(c => ids.Contains(c.ComplaintId)).ToDictionaryAsync(c => c.ComplaintId, cancellationToken);
        var learning = (await db.Learning.Where(l => ids.Contains(l.ComplaintId)).ToListAsync(cancellationToken))
            .Select(l => (l.ComplaintId, l.Stage, l.Kind, l.Code)).ToHashSet();
        var improvements = (await db.ServiceImprovements.Where(i => ids.Contains(i.ComplaintId)).Select(i => new { i.ComplaintId, i.Stage })
            .ToListAsync(cancellationToken)).Select(i => (i.ComplaintId, i.Stage)).ToHashSet();
        foreach (var fact in facts)
        {
            var id = ComplaintOf(fact);
            if (!rows.TryGetValue(id, out var row))
                rows[id] = row = db.Complaints.Add(new ReportedComplaint { ComplaintId = id }).Entity;
            if (fact is ResponseIssuedEvent issued)
            {
                AddLearning(db, learning, issued);
                AddImprovements(db, improvements, issued);
            }
            Apply(row, fact);
        }
    }

    private static Guid ComplaintOf(object fact) => fact switch
    {
        ComplaintLoggedEvent e => e.ComplaintId,
        ComplaintDeclinedEvent e => e.ComplaintId,
        ComplaintStageChangedEvent e => e.ComplaintId,
        ComplaintClockSettledEvent e => e.ComplaintId,
        ResponseIssuedEvent e => e.ComplaintId,
        ComplaintStockTypeResolvedEvent e => e.ComplaintId,
        _ => throw new ArgumentOutOfRangeException(nameof(fact), fact.GetType().Name, null),
    };

    private static void Apply(ReportedComplaint row, object fact)
    {
        switch (fact)
        {
            case ComplaintLoggedEvent logged:
                (row.Reference, row.ReceivedAt, row.Channel, row.Category) = (logged.Reference, logged.ReceivedAt, logged.Channel, logged.Category);
                (row.ResidentReference, row.PropertyReference) = (Blank(logged.ResidentReference), Blank(logged.PropertyReference));
                break;
            case ComplaintDeclinedEvent declined:
                row.DeclinedAt ??= declined.OccurredAt;
                row.ExclusionReason ??= declined.ExclusionReason;
                break;
            case ComplaintStageChangedEvent changed:
                StageProjection.Apply(row, changed);
                break;
            case ComplaintClockSettledEvent settled:
                Settle(row, settled);
                break;
            case ResponseIssuedEvent issued:
                Respond(row, issued);
                break;
            case ComplaintStockTypeResolvedEvent stock:
                row.StockType = stock.StockType; // the latest resolution wins: a tenancy corrected in the HMS
                break;
        }
    }

    private static void Settle(ReportedComplaint row, ComplaintClockSettledEvent settled)
    {
        var verdict = settled.Clock switch
        {
            "stage1.acknowledge" => row.Stage1Acknowledge,
            "stage1.respond" => row.Stage1Respond,
            "stage2.acknowledge" => row.Stage2Acknowledge,
            "stage2.respond" => row.Stage2Respond,
            _ => null, // other clocks (early resolution) are not reported
        };
        if (verdict is null || verdict.MetAt is not null)
            return;
        verdict.DueBy = settled.DueBy;
        verdict.MetAt = settled.MetAt;
        verdict.MetOnTime = settled.MetOnTime;
        verdict.ExtendedByWorkingDays = settled.ExtendedByWorkingDays;
        verdict.OnTimeOnlyByExtension = settled.MetOnTime && settled.DueByBeforeExtension is { } unextended && settled.MetAt >= unextended;
    }

    private static void Respond(ReportedComplaint row, ResponseIssuedEvent issued)
    {
        // The complaint as a whole: upheld if any point was, partly if any point was partly, otherwise not upheld.
        var outcome = issued.Outcomes.Any(o => o.Outcome == ResponseOutcome.Upheld) ? ResponseOutcome.Upheld
            : issued.Outcomes.Any(o => o.Outcome == ResponseOutcome.PartlyUpheld) ? ResponseOutcome.PartlyUpheld
            : ResponseOutcome.NotUpheld;
        var handler = issued.HandlingOfficer ?? issued.IssuedBy;
        if (issued.Stage == 1)
            (row.Stage1RespondedAt, row.Stage1Outcome, row.Stage1Handler) = (row.Stage1RespondedAt ?? issued.IssuedAt, row.Stage1Outcome ?? outcome, row.Stage1Handler ?? handler);
        else if (issued.Stage == 2)
            (row.Stage2RespondedAt, row.Stage2Outcome, row.Stage2Handler) = (row.Stage2RespondedAt ?? issued.IssuedAt, row.Stage2Outcome ?? outcome, row.Stage2Handler ?? handler);
    }

    /// <summary>A response's improvements, once: a stage's response is issued once, so the stage keys them.</summary>
    private static void AddImprovements(ReportingDbContext db, HashSet<(Guid, int)> known, ResponseIssuedEvent issued)
    {
        if (issued.ServiceImprovements is not { Count: > 0 } made || !known.Add((issued.ComplaintId, issued.Stage)))
            return;
        for (var i = 0; i < made.Count; i++)
            db.ServiceImprovements.Add(new ReportedServiceImprovement
            {
                ComplaintId = issued.ComplaintId, Stage = issued.Stage, Number = i + 1, Description = made[i], MadeAt = issued.IssuedAt,
            });
    }

    private static string? Blank(string? reference) => string.IsNullOrWhiteSpace(reference) ? null : reference.Trim();

    private static void AddLearning(ReportingDbContext db, HashSet<(Guid, int, LearningKind, string)> known, ResponseIssuedEvent issued)
    {
        var codes = issued.Themes.Select(c => (Kind: LearningKind.Theme, Code: c)).Concat(issued.RootCauses.Select(c => (Kind: LearningKind.RootCause, Code: c)));
        foreach (var (kind, code) in codes)
        {
            if (known.Add((issued.ComplaintId, issued.Stage, kind, code)))
                db.Learning.Add(new ReportedLearning { ComplaintId = issued.ComplaintId, Stage = issued.Stage, Kind = kind, Code = code });
        }
    }
}
