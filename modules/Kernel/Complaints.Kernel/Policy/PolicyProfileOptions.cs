namespace Complaints.Kernel.Policy;

/// <summary>Configuration section <c>Complaints</c>: which profile is in force and where profiles are kept.</summary>
public sealed class PolicyProfileOptions
{
    public const string Section = "Complaints";

    /// <summary>The active profile's id; its file is <c>{PolicyProfilesFolder}/{id}.json</c>.</summary>
    public string PolicyProfile { get; set; } = "code2024";

    /// <summary>Relative paths are resolved against the application's base folder, where the shipped profiles are.</summary>
    public string PolicyProfilesFolder { get; set; } = "PolicyProfiles";
}
