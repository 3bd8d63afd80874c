using Microsoft.Extensions.Configuration;

namespace Complaints.Kernel.Policy;

/// <summary>
/// The landlord policy in force: one JSON file holding every number and switch the policies differ on, in a
/// section per module. Modules bind their own section (<see cref="PolicyServiceCollectionExtensions.AddPolicySection{T}"/>).
/// </summary>
public sealed class PolicyProfile(string id, string name, string source, string json, IConfiguration sections)
{
    /// <summary>Short id: ivh, vha, ids, livin, tha, code2024.</summary>
    public string Id { get; } = id;

    /// <summary>The landlord and document the profile was written from.</summary>
    public string Name { get; } = name;

    /// <summary>Where the profile file was read from.</summary>
    public string Source { get; } = source;

    /// <summary>The file as written, for showing the profile to people and systems.</summary>
    public string Json { get; } = json;

    public IConfigurationSection Section(string name) => sections.GetSection(name);
}
