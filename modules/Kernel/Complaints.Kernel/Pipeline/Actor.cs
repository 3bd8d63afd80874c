namespace Complaints.Kernel.Pipeline;

/// <summary>
/// Who initiated a message: a person or a system (e.g. a housing management system), with their roles. The id is the
/// one the identity provider gives (a token's subject, an API key's system name, a certificate's system): it is
/// compared exactly, as the provider defines it, and never taken from a request field.
/// </summary>
public sealed record Actor(string Id, IReadOnlySet<string> Roles)
{
    public static readonly Actor System = new("system", new HashSet<string> { "system" });

    /// <summary>The display name the identity provider gives, where it gives one.</summary>
    public string? Name { get; init; }

    /// <summary>The person a system says it acts for (<c>x-on-behalf-of</c>), recorded beside the system's own id.</summary>
    public string? OnBehalfOf { get; init; }

    public bool IsInRole(string role) => Roles.Contains(role);
}
