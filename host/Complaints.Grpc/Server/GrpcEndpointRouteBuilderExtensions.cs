using Complaints.Grpc.Server.Handlers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Complaints.Grpc.Server;

public static class GrpcEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>POST /package.Service/Method</c> for every method of every registered service, and answers any other
    /// gRPC path with UNIMPLEMENTED. Returns a builder that applies conventions (e.g. authorization) to all of them.
    /// </summary>
    public static IEndpointConventionBuilder MapGrpcServices(this IEndpointRouteBuilder endpoints)
    {
        var services = endpoints.ServiceProvider;
        var registry = services.GetRequiredService<GrpcServiceRegistry>();
        var options = services.GetRequiredService<IOptions<GrpcServerOptions>>().Value;
        var loggers = services.GetRequiredService<ILoggerFactory>();
        var mapped = new List<IEndpointConventionBuilder>();
        foreach (var registration in registry.Registrations)
        {
            var logger = loggers.CreateLogger(registration.Implementation);
            foreach (var (method, implementation) in registration.Methods)
            {
                var handler = ServerMethodHandlerFactory.Create(registration.Implementation, method, implementation, options, logger);
                mapped.Add(endpoints.MapPost(handler.Path, handler.HandleCallAsync).WithDisplayName($"gRPC {handler.Path}"));
            }
        }
        var unimplemented = new UnimplementedCallHandler(registry);
        mapped.Add(endpoints.MapPost(UnimplementedCallHandler.RoutePattern, unimplemented.HandleCallAsync)
            .WithDisplayName("gRPC unimplemented"));
        return new CompositeEndpointConventionBuilder(mapped);
    }

    private sealed class CompositeEndpointConventionBuilder(IReadOnlyList<IEndpointConventionBuilder> builders)
        : IEndpointConventionBuilder
    {
        public void Add(Action<EndpointBuilder> convention)
        {
            foreach (var builder in builders)
                builder.Add(convention);
        }
    }
}
