using Complaints.Kernel.Errors;
using Complaints.Kernel.Pipeline;

namespace Complaints.VexatiousBehaviour.Cases;

/// <summary>Who may record the panel's decisions and decide appeals: the roles the profile names.</summary>
internal static class Roles
{
    public static void Require(Actor actor, string role, string what)
    {
        if (!actor.IsInRole(role))
            throw new PermissionDeniedException($"Only the {role} role may {what}; {actor.Id} does not hold it.");
    }
}
