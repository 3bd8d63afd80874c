using Complaints.Lifecycle.Api.V1;

namespace Complaints.EndToEnd.Tests.Infrastructure;

/// <summary>Reading a complaint's lifecycle in one line.</summary>
public static class LifecycleMethods
{
    public static async Task<Complaints.Lifecycle.Api.V1.Lifecycle> ReadAsync(RunningHost host, string complaintId) =>
        (await host.Lifecycle.GetLifecycleAsync(new GetLifecycleRequest { ComplaintId = complaintId })).Lifecycle;
}
