namespace Complaints.Kernel.WorkQueue;

/// <summary>Where an open item stands at an instant, by its own module's due-soon window.</summary>
public enum WorkItemStatus
{
    OnTrack = 1,
    DueSoon = 2,
    Overdue = 3,
}
