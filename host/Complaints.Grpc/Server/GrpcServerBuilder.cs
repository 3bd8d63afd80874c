using Microsoft.Extensions.DependencyInjection;

namespace Complaints.Grpc.Server;

/// <summary>Registers proto services with the gRPC server.</summary>
public sealed class GrpcServerBuilder
{
    internal GrpcServerBuilder(IServiceCollection services, GrpcServiceRegistry registry)
    {
        Services = services;
        Registry = registry;
    }

    public IServiceCollection Services { get; }

    internal GrpcServiceRegistry Registry { get; }

    /// <summary>
    /// Serves <paramref name="service"/> with <typeparamref name="TImplementation"/>, created per call from the
    /// request's DI scope. Throws at once, naming each missing method, if the class does not implement them all.
    /// </summary>
    public GrpcServerBuilder AddService<TImplementation>(Google.Protobuf.Reflection.ServiceDescriptor service) where TImplementation : class
    {
        var methods = ServiceMethodBinder.Bind(typeof(TImplementation), service);
        Registry.Add(new GrpcServiceRegistration(service, typeof(TImplementation), methods));
        Services.AddScoped<TImplementation>();
        return this;
    }
}
