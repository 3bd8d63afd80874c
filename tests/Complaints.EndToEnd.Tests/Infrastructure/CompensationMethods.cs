using Grpc.Core;

namespace Complaints.EndToEnd.Tests.Infrastructure;

/// <summary>The people who call complaints.compensation.v1.CompensationService.</summary>
public static class CompensationMethods
{
    /// <summary>A caller with the given id and roles (the profiles' roles: compensation-officer £250, compensation-manager £1,000, director).</summary>
    public static CallOptions As(string id, string roles) => Caller.As(id, roles);

    public static readonly CallOptions Officer = As("olu.officer", "compensation-officer");

    public static readonly CallOptions Manager = As("maya.manager", "compensation-manager");

    public static readonly CallOptions Director = As("dee.director", "director");
}
