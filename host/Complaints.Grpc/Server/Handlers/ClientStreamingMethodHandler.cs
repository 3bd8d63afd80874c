using System.Reflection;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Microsoft.Extensions.Logging;

namespace Complaints.Grpc.Server.Handlers;

/// <summary>A stream of requests, one response: <c>Task&lt;TResponse&gt; M(IAsyncStreamReader&lt;TRequest&gt;, ServerCallContext)</c>.</summary>
internal sealed class ClientStreamingMethodHandler<TService, TRequest, TResponse>(
    MethodDescriptor method, MethodInfo implementation, GrpcServerOptions options, ILogger logger)
    : ServerMethodHandler(method, options, logger)
    where TService : class
    where TRequest : class, IMessage<TRequest>, new()
    where TResponse : class, IMessage<TResponse>, new()
{
    private readonly Func<TService, IAsyncStreamReader<TRequest>, ServerCallContext, Task<TResponse>> _invoke =
        implementation.CreateDelegate<Func<TService, IAsyncStreamReader<TRequest>, ServerCallContext, Task<TResponse>>>();

    protected override async Task InvokeAsync(ServerCall call, IServiceProvider services)
    {
        var requests = new ServerStreamReader<TRequest>(call, ParserFor<TRequest>());
        var response = await _invoke(Resolve<TService>(services), requests, call.Context);
        await call.WriteMessageAsync(response, flush: false, call.CancellationToken);
    }
}
