namespace Complaints.Reporting.Tsm;

/// <summary>The landlord's relevant homes for CH01 (configuration section <c>Reporting</c>), per stock type.</summary>
internal sealed class ReportingOptions
{
    public const string Section = "Reporting";

    /// <summary>Low-cost rental homes owned at the end of the reporting year.</summary>
    public int LowCostRentalHomes { get; set; }

    /// <summary>Low-cost home ownership homes owned at the end of the reporting year.</summary>
    public int LowCostHomeOwnershipHomes { get; set; }
}
