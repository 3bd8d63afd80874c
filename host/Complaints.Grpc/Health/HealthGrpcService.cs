using Complaints.Grpc.Server;
using Grpc.Health.V1;

namespace Complaints.Grpc.Health;

/// <summary>The standard <c>grpc.health.v1.Health</c> service.</summary>
internal sealed class HealthGrpcService(HealthStatusRegistry registry)
{
    public Task<HealthCheckResponse> Check(HealthCheckRequest request, ServerCallContext context)
    {
        if (!registry.TryGetStatus(request.Service, out var status))
            throw new RpcException(StatusCode.NotFound, $"Unknown service '{request.Service}'.");
        return Task.FromResult(HealthStatusRegistry.Response(status));
    }

    public async Task Watch(HealthCheckRequest request, IServerStreamWriter<HealthCheckResponse> responses, ServerCallContext context)
    {
        var updates = registry.Watch(request.Service, context.CancellationToken);
        await foreach (var status in updates.ReadAllAsync(context.CancellationToken))
            await responses.WriteAsync(HealthStatusRegistry.Response(status));
    }

    public Task<HealthListResponse> List(HealthListRequest request, ServerCallContext context)
    {
        var response = new HealthListResponse();
        foreach (var (service, status) in registry.Snapshot())
            response.Statuses.Add(service, HealthStatusRegistry.Response(status));
        return Task.FromResult(response);
    }
}
