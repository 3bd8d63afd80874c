using System.Reflection;
using Google.Protobuf.Reflection;
using Microsoft.Extensions.Logging;

namespace Complaints.Grpc.Server.Handlers;

/// <summary>Makes the typed handler for a bound method; generic types are closed once, at start-up.</summary>
internal static class ServerMethodHandlerFactory
{
    public static ServerMethodHandler Create(
        Type service, MethodDescriptor method, MethodInfo implementation, GrpcServerOptions options, ILogger logger)
    {
        var open = method.GetMethodType() switch
        {
            MethodType.Unary => typeof(UnaryMethodHandler<,,>),
            MethodType.ServerStreaming => typeof(ServerStreamingMethodHandler<,,>),
            MethodType.ClientStreaming => typeof(ClientStreamingMethodHandler<,,>),
            _ => typeof(DuplexStreamingMethodHandler<,,>),
        };
        var closed = open.MakeGenericType(service, method.InputType.ClrType, method.OutputType.ClrType);
        return (ServerMethodHandler)Activator.CreateInstance(closed, method, implementation, options, logger)!;
    }
}
