namespace Complaints.HousingSystem.Domain;

/// <summary>
/// Who and where a complaint is about, in the HMS's references, and whether they have been resolved through the HMS.
/// Intake owns the complaint; this module owns the link, so repeat complaints per property are read from here.
/// </summary>
internal sealed class ComplaintParties
{
    public Guid ComplaintId { get; set; }

    public string ComplaintReference { get; set; } = "";

    public string? ResidentReference { get; set; }

    /// <summary>As the complaint gave it, or else the property of the resident's tenancy once resolved.</summary>
    public string? PropertyReference { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    public Resolution Resolution { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset? LastAttemptAt { get; set; }

    public DateTimeOffset? ResolvedAt { get; set; }
}

/// <summary>Where resolving a complaint's resident and property stands.</summary>
internal enum Resolution
{
    /// <summary>Not asked yet, or the HMS could not be reached: tried again every HousingSystem:ResolveRetryInterval.</summary>
    Pending,
    Resolved,

    /// <summary>The HMS answered that it does not know the resident or the property; not asked again.</summary>
    NotFound,
}
