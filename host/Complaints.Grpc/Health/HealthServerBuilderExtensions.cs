using Complaints.Grpc.Server;
using Grpc.Health.V1;
using Microsoft.Extensions.DependencyInjection;

namespace Complaints.Grpc.Health;

public static class HealthServerBuilderExtensions
{
    /// <summary>Serves <c>grpc.health.v1.Health</c>, tracking the host's lifetime.</summary>
    public static GrpcServerBuilder AddHealth(this GrpcServerBuilder builder)
    {
        builder.Services.AddSingleton<HealthStatusRegistry>();
        builder.Services.AddHostedService<HealthLifecycleService>();
        return builder.AddService<HealthGrpcService>(HealthReflection.Descriptor.Services[0]);
    }
}
