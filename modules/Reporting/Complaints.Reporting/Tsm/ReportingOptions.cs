namespace Complaints.Reporting.Tsm;

/// <summary>The landlord's relevant homes for CH01 per stock type, and whether this host feeds the read models
/// (configuration section <c>Reporting</c>).</summary>
internal sealed class ReportingOptions
{
    public const string Section = "Reporting";

    /// <summary>Low-cost rental homes owned at the end of the reporting year.</summary>
    public int LowCostRentalHomes { get; set; }

    /// <summary>Low-cost home ownership homes owned at the end of the reporting year.</summary>
    public int LowCostHomeOwnershipHomes { get; set; }

    /// <summary>Off: this host never applies events to the read models (another host does, or a test wants no background writes).</summary>
    public bool FollowEventLog { get; set; } = true;
}
