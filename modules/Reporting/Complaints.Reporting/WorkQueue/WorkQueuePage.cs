using Complaints.Kernel.WorkQueue;

namespace Complaints.Reporting.WorkQueue;

/// <summary>What the queue was asked for: whose items, which kinds and statuses, judged when, how many after where.</summary>
internal sealed record WorkQueueRequest(
    string? OfficerId, string? Team, IReadOnlySet<WorkItemKind> Kinds, IReadOnlySet<WorkItemStatus> Statuses,
    DateTimeOffset AsOf, int PageSize, WorkItemPosition? After);

/// <summary>One page of the queue, due first, and where the next starts (null on the last).</summary>
internal sealed record WorkQueuePage(IReadOnlyList<QueuedItem> Items, WorkItemPosition? Next, DateTimeOffset AsOf);

/// <summary>A module's item with its status and working days left at the page's instant, and the officer and team responsible.</summary>
internal sealed record QueuedItem(
    WorkItem Item, string? ComplaintReference, WorkItemStatus Status, int WorkingDaysLeft, string? OfficerId, string? OfficerName, string? Team);
