namespace Complaints.Host.Info;

/// <summary>Configuration section <c>Complaints</c>: which landlord policy profile is in force.</summary>
internal sealed class SystemInfoOptions
{
    public const string Section = "Complaints";

    /// <summary>The active policy profile's id (the profiles themselves arrive with the Intake module).</summary>
    public string PolicyProfile { get; set; } = "code2024";
}
