using Grpc.Core;

namespace Complaints.EndToEnd.Tests.Infrastructure;

/// <summary>Who a call comes from, as today's metadata states it (<c>x-actor-id</c>, <c>x-actor-roles</c>).</summary>
public static class Caller
{
    public static CallOptions As(string id, string? roles = null)
    {
        var headers = new Metadata { { "x-actor-id", id } };
        if (roles is not null)
            headers.Add("x-actor-roles", roles);
        return new CallOptions(headers);
    }
}
