namespace Complaints.Kernel.WorkQueue;

/// <summary>
/// A module's open work with deadlines, read from its own tables for the cross-module work queue (Reporting). Each
/// source answers one page in queue order — due instant, then source name, then <see cref="WorkItem.Tie"/> — after the
/// query's position, so the queue merges sources without any of them loading everything. Joins the caller's unit of work.
/// </summary>
public interface IWorkItemSource
{
    /// <summary>Names the source in the queue's order and its page positions, e.g. <c>lifecycle</c>.</summary>
    string Name { get; }

    /// <summary>The kinds of item it lists.</summary>
    IReadOnlySet<WorkItemKind> Kinds { get; }

    /// <summary>Its open items matching <paramref name="query"/>, in queue order after the query's position, at most its limit.</summary>
    Task<IReadOnlyList<WorkItem>> ListAsync(WorkItemQuery query, CancellationToken cancellationToken);
}
