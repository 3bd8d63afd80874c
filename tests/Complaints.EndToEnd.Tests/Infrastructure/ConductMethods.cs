using Grpc.Core;

namespace Complaints.EndToEnd.Tests.Infrastructure;

/// <summary>The people who call complaints.vexatious_behaviour.v1.VexatiousBehaviourService.</summary>
public static class ConductMethods
{
    /// <summary>A caller; by default on the panel (the profiles' <c>conduct-panel</c> role).</summary>
    public static CallOptions As(string id, string roles = "conduct-panel") => Caller.As(id, roles);
}
