using Microsoft.Extensions.DependencyInjection;

namespace Complaints.Grpc.Server;

public static class GrpcServiceCollectionExtensions
{
    /// <summary>Adds the gRPC server. Register services on the returned builder, then call MapGrpcServices.</summary>
    public static GrpcServerBuilder AddGrpcServer(this IServiceCollection services, Action<GrpcServerOptions>? configure = null)
    {
        var options = services.AddOptions<GrpcServerOptions>();
        if (configure is not null)
            options.Configure(configure);
        var registry = services.FirstOrDefault(d => d.ServiceType == typeof(GrpcServiceRegistry))?.ImplementationInstance
            as GrpcServiceRegistry;
        if (registry is null)
        {
            registry = new GrpcServiceRegistry();
            services.AddSingleton(registry);
            services.AddRouting();
        }
        return new GrpcServerBuilder(services, registry);
    }
}
