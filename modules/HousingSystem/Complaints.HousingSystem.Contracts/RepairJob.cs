namespace Complaints.HousingSystem.Contracts;

/// <summary>What the product asks the HMS to repair, and for which complaint.</summary>
public sealed record RepairRequest(string PropertyReference, string Description, string ComplaintReference, RepairPriority Priority);

public enum RepairPriority
{
    Routine,
    Urgent,
    Emergency,
}

/// <summary>A repair job in the HMS and where it stands.</summary>
public sealed record RepairJob(string JobReference, RepairStatus Status);

public enum RepairStatus
{
    Raised,
    Scheduled,
    InProgress,
    Completed,
    Cancelled,
}
