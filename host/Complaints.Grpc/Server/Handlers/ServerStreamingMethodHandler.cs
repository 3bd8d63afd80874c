using System.Reflection;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Microsoft.Extensions.Logging;

namespace Complaints.Grpc.Server.Handlers;

/// <summary>One request, a stream of responses: <c>Task M(TRequest, IServerStreamWriter&lt;TResponse&gt;, ServerCallContext)</c>.</summary>
internal sealed class ServerStreamingMethodHandler<TService, TRequest, TResponse>(
    MethodDescriptor method, MethodInfo implementation, GrpcServerOptions options, ILogger logger)
    : ServerMethodHandler(method, options, logger)
    where TService : class
    where TRequest : class, IMessage<TRequest>, new()
    where TResponse : class, IMessage<TResponse>, new()
{
    private readonly Func<TService, TRequest, IServerStreamWriter<TResponse>, ServerCallContext, Task> _invoke =
        implementation.CreateDelegate<Func<TService, TRequest, IServerStreamWriter<TResponse>, ServerCallContext, Task>>();

    protected override async Task InvokeAsync(ServerCall call, IServiceProvider services)
    {
        var request = await call.ReadSingleMessageAsync(ParserFor<TRequest>());
        await _invoke(Resolve<TService>(services), request, new ServerStreamWriter<TResponse>(call), call.Context);
    }
}
