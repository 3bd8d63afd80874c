using Complaints.Reporting.AnnualReports;
using Complaints.Reporting.Contracts;
using Complaints.Reporting.Persistence;
using Complaints.Reporting.Policy;
using Complaints.Reporting.ReadModels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Complaints.Reporting.Learning;

/// <summary>
/// What complaints teach (Code section 9), for a reporting year: the themes and root causes recorded on the responses
/// issued in it; repeat complaints — one received in the year when another in the same category, about the same home or
/// from the same household, came within the profile's window before it; and, as things stand now, residents with
/// complaints open at both stages. Each group is counted, and opens onto its complaints.
/// </summary>
internal sealed class LearningReader(ReportingDbContext db, PolicyLabels labels, IOptions<ReportingPolicy> policy)
{
    public async Task<IReadOnlyList<LearningGroup>> GroupsAsync(ReportingYear year, CancellationToken cancellationToken)
    {
        var groups = new List<LearningGroup>();
        foreach (var kind in new[] { LearningKind.Theme, LearningKind.RootCause })
        {
            var counts = await RecordedOn(year, kind).GroupBy(l => l.Code).Select(g => new { Code = g.Key, Complaints = g.Select(l => l.ComplaintId).Distinct().Count() })
                .ToListAsync(cancellationToken);
            groups.AddRange(counts.OrderByDescending(c => c.Complaints).ThenBy(c => c.Code, StringComparer.Ordinal)
                .Select(c => new LearningGroup(Key(kind, c.Code), kind == LearningKind.Theme ? labels.Theme(c.Code) : labels.RootCause(c.Code), c.Complaints)));
        }
        foreach (var (prefix, chains) in new[] { ("repeat-property", await RepeatsAsync(year, RepeatParty.Home, cancellationToken)), ("repeat-household", await RepeatsAsync(year, RepeatParty.Household, cancellationToken)) })
            groups.AddRange(chains.OrderByDescending(c => c.Value.Count).ThenBy(c => c.Key, StringComparer.Ordinal)
                .Select(c => new LearningGroup($"{prefix}:{c.Key}", $"{(prefix == "repeat-property" ? "Home" : "Household")} {c.Key}", c.Value.Count)));
        var both = await OpenAtBothStagesAsync(cancellationToken);
        groups.Add(new LearningGroup(OpenAtBothStages, "Complaints of residents with one open at stage 1 and another at stage 2, now", both.Count));
        return groups;
    }

    /// <summary>The complaints of one group, by reference; null when the key names no group this reader knows.</summary>
    public async Task<IReadOnlyList<LearningComplaint>?> ComplaintsAsync(ReportingYear year, string group, CancellationToken cancellationToken)
    {
        var (prefix, code) = group.IndexOf(':') is var colon and > 0 ? (group[..colon], group[(colon + 1)..]) : (group, "");
        var complaints = prefix switch
        {
            "theme" => await Complaints(RecordedOn(year, LearningKind.Theme).Where(l => l.Code == code).Select(l => l.ComplaintId), cancellationToken),
            "root-cause" => await Complaints(RecordedOn(year, LearningKind.RootCause).Where(l => l.Code == code).Select(l => l.ComplaintId), cancellationToken),
            "repeat-property" => (await RepeatsAsync(year, RepeatParty.Home, cancellationToken)).GetValueOrDefault(code, []),
            "repeat-household" => (await RepeatsAsync(year, RepeatParty.Household, cancellationToken)).GetValueOrDefault(code, []),
            OpenAtBothStages => await OpenAtBothStagesAsync(cancellationToken),
            _ => null,
        };
        return complaints?.OrderBy(c => c.Reference, StringComparer.Ordinal).ToList();
    }

    private const string OpenAtBothStages = "open-both-stages";

    /// <summary>Whose repeats: the home's (its HMS property reference) or the household's (its resident reference).</summary>
    private enum RepeatParty
    {
        Home,
        Household,
    }

    private static string Key(LearningKind kind, string code) => $"{(kind == LearningKind.Theme ? "theme" : "root-cause")}:{code}";

    /// <summary>Themes or root causes recorded on the responses issued in the year, each with its stage's response.</summary>
    private IQueryable<ReportedLearning> RecordedOn(ReportingYear year, LearningKind kind)
    {
        var (from, until) = (year.From, year.Until);
        return db.Learning.AsNoTracking().Where(l => l.Kind == kind)
            .Join(db.Complaints, l => l.ComplaintId, c => c.ComplaintId, (l, c) => new { Learning = l, Complaint = c })
            .Where(x => (x.Learning.Stage == 1 && x.Complaint.Stage1RespondedAt >= from && x.Complaint.Stage1RespondedAt < until)
                || (x.Learning.Stage == 2 && x.Complaint.Stage2RespondedAt >= from && x.Complaint.Stage2RespondedAt < until))
            .Select(x => x.Learning);
    }

    private async Task<List<LearningComplaint>> Complaints(IQueryable<Guid> ids, CancellationToken cancellationToken) =>
        (await db.Complaints.AsNoTracking().Where(c => ids.Contains(c.ComplaintId)).ToListAsync(cancellationToken)).Select(Line).ToList();

    /// <summary>
    /// Chains of complaints in one category about one home (or from one household): each a complaint received in the
    /// year with another in the chain within the window before it, listed with those before it. Only homes and
    /// households with two complaints in a category in the year and the window before it are read back.
    /// </summary>
    private async Task<Dictionary<string, List<LearningComplaint>>> RepeatsAsync(
        ReportingYear year, RepeatParty party, CancellationToken cancellationToken)
    {
        var window = TimeSpan.FromDays(policy.Value.Learning.RepeatWindowDays);
        var (from, until) = (year.From - window, year.Until);
        var received = db.Complaints.AsNoTracking().Where(c => c.Category != null && c.ReceivedAt >= from && c.ReceivedAt < until && c.ServiceRequest == false);
        var candidates = party == RepeatParty.Home
            ? await received.Where(c => c.PropertyReference != null).GroupBy(c => new { Party = c.PropertyReference, c.Category }).Where(g => g.Count() > 1)
                .Select(g => g.Key.Party!).Distinct().ToListAsync(cancellationToken)
            : await received.Where(c => c.ResidentReference != null).GroupBy(c => new { Party = c.ResidentReference, c.Category }).Where(g => g.Count() > 1)
                .Select(g => g.Key.Party!).Distinct().ToListAsync(cancellationToken);
        var rows = party == RepeatParty.Home
            ? await received.Where(c => candidates.Contains(c.PropertyReference!)).ToListAsync(cancellationToken)
            : await received.Where(c => candidates.Contains(c.ResidentReference!)).ToListAsync(cancellationToken);

        var chains = new Dictionary<string, List<LearningComplaint>>(StringComparer.Ordinal);
        foreach (var sameThing in rows.GroupBy(c => (Party: (party == RepeatParty.Home ? c.PropertyReference : c.ResidentReference)!, c.Category)))
        {
            var inOrder = sameThing.OrderBy(c => c.ReceivedAt).ToList();
            var chained = new HashSet<ReportedComplaint>();
            for (var i = 1; i < inOrder.Count; i++)
            {
                if (!year.Contains(inOrder[i].ReceivedAt!.Value))
                    continue;
                var earlier = inOrder.Take(i).Where(c => c.ReceivedAt >= inOrder[i].ReceivedAt - window).ToList();
                if (earlier.Count == 0)
                    continue;
                chained.Add(inOrder[i]);
                chained.UnionWith(earlier);
            }
            if (chained.Count > 0)
                (chains.TryGetValue(sameThing.Key.Party, out var list) ? list : chains[sameThing.Key.Party] = []).AddRange(chained.Select(Line));
        }
        return chains;
    }

    /// <summary>Every open complaint of a resident who has one open at stage 1 and another open at stage 2.</summary>
    private async Task<List<LearningComplaint>> OpenAtBothStagesAsync(CancellationToken cancellationToken)
    {
        var open = db.Complaints.AsNoTracking().Where(c => c.ResidentReference != null && c.DeclinedAt == null && c.WithdrawnAt == null && c.ClosedAt == null);
        var atStage1 = open.Where(c => c.Stage1EnteredAt != null && c.Stage1RespondedAt == null && c.Stage2EnteredAt == null);
        var atStage2 = open.Where(c => c.Stage2EnteredAt != null && c.Stage2RespondedAt == null && c.EscalationRefusedAt == null);
        var residents = atStage1.Select(c => c.ResidentReference).Intersect(atStage2.Select(c => c.ResidentReference));
        return (await atStage1.Concat(atStage2).Where(c => residents.Contains(c.ResidentReference)).ToListAsync(cancellationToken)).Select(Line).ToList();
    }

    private LearningComplaint Line(ReportedComplaint c) =>
        new(c.ComplaintId, c.Reference ?? "", c.ReceivedAt, c.Category is null ? null : labels.Category(c.Category), c.PropertyReference, c.ResidentReference);
}

/// <summary>One group of what complaints teach: its key (to drill down with), what it is in words, and how many complaints.</summary>
internal sealed record LearningGroup(string Key, string Label, int Complaints);

internal sealed record LearningComplaint(
    Guid ComplaintId, string Reference, DateTimeOffset? ReceivedAt, string? Category, string? PropertyReference, string? ResidentReference);
