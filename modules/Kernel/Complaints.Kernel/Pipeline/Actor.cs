namespace Complaints.Kernel.Pipeline;

/// <summary>Who initiated a message: a person or a system (e.g. a housing management system), with their roles.</summary>
public sealed record Actor(string Id, IReadOnlySet<string> Roles)
{
    public static readonly Actor System = new("system", new HashSet<string> { "system" });

    public bool IsInRole(string role) => Roles.Contains(role);
}
