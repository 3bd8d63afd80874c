using Complaints.Grpc.Server;
using Microsoft.Extensions.Hosting;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace Complaints.Grpc.Health;

/// <summary>Reports SERVING for the server and every registered service once started; NOT_SERVING when stopping.</summary>
internal sealed class HealthLifecycleService(
    IHostApplicationLifetime lifetime, HealthStatusRegistry health, GrpcServiceRegistry services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() =>
        {
            health.SetStatus(HealthStatusRegistry.Server, ServingStatus.Serving);
            foreach (var service in services.Services)
                health.SetStatus(service.FullName, ServingStatus.Serving);
        });
        lifetime.ApplicationStopping.Register(health.MarkStopping);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
