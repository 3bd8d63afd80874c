using Complaints.HousingSystem.Contracts;

namespace Complaints.HousingSystem.Domain;

/// <summary>A repair job raised in the HMS for a complaint, and the last status the HMS reported for it.</summary>
internal sealed class RepairJobRecord
{
    public Guid Id { get; set; }

    /// <summary>The HMS's reference for the job; callbacks name the job by it.</summary>
    public string JobReference { get; set; } = "";

    public Guid ComplaintId { get; set; }

    public string PropertyReference { get; set; } = "";

    public string Description { get; set; } = "";

    public RepairPriority Priority { get; set; }

    public RepairStatus Status { get; set; }

    public DateTimeOffset StatusChangedAt { get; set; }

    public DateTimeOffset RaisedAt { get; set; }

    public string RaisedBy { get; set; } = "";
}
