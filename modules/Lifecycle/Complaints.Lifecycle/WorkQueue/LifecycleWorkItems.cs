using Complaints.Kernel.WorkQueue;
using Complaints.Lifecycle.Contracts;
using Complaints.Lifecycle.Domain;
using Complaints.Lifecycle.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Lifecycle.WorkQueue;

/// <summary>
/// The acknowledgement and response clocks as work items: one per complaint with a running clock, its worst (the one
/// due first), read from the thresholds every transition stores (<see cref="Clocks.ClockThresholds"/>: extensions and
/// escalations included, the profile's <c>dueSoonWorkingDays</c> as the window) over the partial index of running
/// cases, in due order, a batch at a time; only that batch's histories are read, to name the clock.
/// </summary>
internal sealed class LifecycleWorkItems(LifecycleDbContext db, ILifecycle lifecycle) : IWorkItemSource
{
    private const int Batch = 200;

    /// <summary>
    /// Above this many complaints, an officer's or team's are picked out of each batch here rather than sent to the
    /// database as an IN list: a list of thousands of ids costs more than reading the running cases in due order, and an
    /// officer with that many fills a page from the first batches.
    /// </summary>
    private const int LargestInList = 500;

    public string Name => "lifecycle";

    public IReadOnlySet<WorkItemKind> Kinds { get; } = new HashSet<WorkItemKind> { WorkItemKind.Acknowledgement, WorkItemKind.Response };

    public async Task<IReadOnlyList<WorkItem>> ListAsync(WorkItemQuery query, CancellationToken cancellationToken)
    {
        var items = new List<WorkItem>();
        var after = query.After;
        var pickHere = query.Responsible is { ComplaintIds.Count: > LargestInList } responsible ? responsible.ComplaintIds : null;
        while (items.Count < query.Limit)
        {
            var batch = await Cases(query, after, inList: pickHere is null).Take(Batch).ToListAsync(cancellationToken);
            if (batch.Count == 0)
                break;
            var theirs = pickHere is null ? batch : batch.Where(c => pickHere.Contains(c.ComplaintId)).ToList();
            var views = await lifecycle.FindManyAsync(theirs.Select(c => c.ComplaintId).ToList(), null, cancellationToken);
            items.AddRange(theirs.Select(c => ToItem(c, views.GetValueOrDefault(c.ComplaintId))).OfType<WorkItem>().Where(i => query.Wants(i.Kind)));
            if (batch.Count < Batch)
                break;
            after = new WorkItemPosition(batch[^1].OverdueFrom!.Value, Name, batch[^1].Reference ?? "");
        }
        return items.Take(query.Limit).ToList();
    }

    /// <summary>Running cases in due order after the position, with the statuses and complaints the query wants.</summary>
    private IQueryable<LifecycleCase> Cases(WorkItemQuery query, WorkItemPosition? after, bool inList)
    {
        var at = query.AsOf;
        var overdue = query.Wants(WorkItemStatus.Overdue);
        var dueSoon = query.Wants(WorkItemStatus.DueSoon);
        var onTrack = query.Wants(WorkItemStatus.OnTrack);
        // The IS NOT NULL term, written out, is what lets every provider use the partial index of running cases.
        var cases = db.Cases.AsNoTracking().Where(c => c.OverdueFrom != null);
        if (!(overdue && dueSoon && onTrack))
        {
            cases = cases.Where(c => (overdue && c.OverdueFrom <= at)
                || (dueSoon && c.DueSoonFrom <= at && c.OverdueFrom > at)
                || (onTrack && c.DueSoonFrom > at));
        }
        if (inList && query.Responsible is { } responsible)
        {
            var ids = responsible.ComplaintIds.ToList();
            cases = cases.Where(c => ids.Contains(c.ComplaintId));
        }
        if (after is not null)
        {
            var dueBy = after.DueBy;
            var source = string.CompareOrdinal(Name, after.Source);
            if (source > 0)
                cases = cases.Where(c => c.OverdueFrom >= dueBy);
            else if (source < 0)
                cases = cases.Where(c => c.OverdueFrom > dueBy);
            else
            {
                var tie = after.Tie;
                cases = cases.Where(c => c.OverdueFrom >= dueBy)
                    .Where(c => c.OverdueFrom > dueBy || string.Compare(c.Reference, tie) > 0);
            }
        }
        return cases.OrderBy(c => c.OverdueFrom).ThenBy(c => c.Reference);
    }

    /// <summary>The case's first running clock, due when the stored thresholds say (so the queue orders as the lists filter).</summary>
    private static WorkItem? ToItem(LifecycleCase lifecycleCase, LifecycleView? view)
    {
        var clock = view?.Clocks.Where(c => c.Status is ClockStatus.OnTrack or ClockStatus.DueSoon or ClockStatus.Overdue)
            .OrderBy(c => c.DueBy).FirstOrDefault();
        if (clock is null)
            return null;
        var kind = clock.Name.EndsWith(".acknowledge", StringComparison.Ordinal) ? WorkItemKind.Acknowledgement : WorkItemKind.Response;
        return new WorkItem(kind, lifecycleCase.ComplaintId.ToString(), lifecycleCase.ComplaintId, lifecycleCase.Reference,
            What(clock, view!.Stage), clock.DueOn, lifecycleCase.OverdueFrom!.Value, lifecycleCase.DueSoonFrom!.Value, null,
            new Dictionary<string, string> { ["clock"] = clock.Name }, lifecycleCase.Reference ?? "");
    }

    private static string What(ClockView clock, ComplaintStage stage)
    {
        var what = clock.Name switch
        {
            "stage1.acknowledge" => "Acknowledge the complaint (stage 1)",
            "stage1.earlyResolution" => "Resolve early (inside stage 1)",
            "stage1.respond" => "Send the stage 1 response",
            "stage2.acknowledge" => "Acknowledge the escalation (stage 2)",
            "stage2.respond" => "Send the stage 2 response",
            _ => clock.Name,
        };
        var extended = clock.ExtendedByWorkingDays > 0 ? $", extended by {clock.ExtendedByWorkingDays} working days" : "";
        var provisional = clock.Provisional ? ", provisional until acknowledged" : "";
        return $"{what} ({clock.Name}{extended}{provisional}; now {stage})";
    }
}
