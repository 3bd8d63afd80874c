using System.Reflection;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Microsoft.Extensions.Logging;

namespace Complaints.Grpc.Server.Handlers;

/// <summary>Streams both ways: <c>Task M(IAsyncStreamReader&lt;TRequest&gt;, IServerStreamWriter&lt;TResponse&gt;, ServerCallContext)</c>.</summary>
internal sealed class DuplexStreamingMethodHandler<TService, TRequest, TResponse>(
    MethodDescriptor method, MethodInfo implementation, GrpcServerOptions options, ILogger logger)
    : ServerMethodHandler(method, options, logger)
    where TService : class
    where TRequest : class, IMessage<TRequest>, new()
    where TResponse : class, IMessage<TResponse>, new()
{
    private readonly Func<TService, IAsyncStreamReader<TRequest>, IServerStreamWriter<TResponse>, ServerCallContext, Task> _invoke =
        implementation.CreateDelegate<Func<TService, IAsyncStreamReader<TRequest>, IServerStreamWriter<TResponse>, ServerCallContext, Task>>();

    protected override async Task InvokeAsync(ServerCall call, IServiceProvider services)
    {
        var requests = new ServerStreamReader<TRequest>(call, ParserFor<TRequest>());
        await _invoke(Resolve<TService>(services), requests, new ServerStreamWriter<TResponse>(call), call.Context);
    }
}
