using Complaints.Grpc;
using Complaints.Lifecycle.Api.V1;

namespace Complaints.EndToEnd.Tests.Infrastructure;

/// <summary>Client-side handles for complaints.lifecycle.v1.LifecycleService.</summary>
public static class LifecycleMethods
{
    public static readonly Method<GetLifecycleRequest, GetLifecycleResponse> GetLifecycle =
        Method<GetLifecycleRequest, GetLifecycleResponse>.From(LifecycleReflection.Descriptor.Services[0].FindMethodByName("GetLifecycle"));

    public static async Task<Complaints.Lifecycle.Api.V1.Lifecycle> ReadAsync(RunningHost host, string complaintId) =>
        (await host.Client.UnaryAsync(GetLifecycle, new GetLifecycleRequest { ComplaintId = complaintId })).Lifecycle;
}
