using System.Reflection;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Microsoft.Extensions.Logging;

namespace Complaints.Grpc.Server.Handlers;

/// <summary>One request, one response: <c>Task&lt;TResponse&gt; M(TRequest, ServerCallContext)</c>.</summary>
internal sealed class UnaryMethodHandler<TService, TRequest, TResponse>(
    MethodDescriptor method, MethodInfo implementation, GrpcServerOptions options, ILogger logger)
    : ServerMethodHandler(method, options, logger)
    where TService : class
    where TRequest : class, IMessage<TRequest>, new()
    where TResponse : class, IMessage<TResponse>, new()
{
    private readonly Func<TService, TRequest, ServerCallContext, Task<TResponse>> _invoke =
        implementation.CreateDelegate<Func<TService, TRequest, ServerCallContext, Task<TResponse>>>();

    protected override async Task InvokeAsync(ServerCall call, IServiceProvider services)
    {
        var request = await call.ReadSingleMessageAsync(ParserFor<TRequest>());
        var response = await _invoke(Resolve<TService>(services), request, call.Context);
        // No flush: the message and the trailers leave together when the call completes.
        await call.WriteMessageAsync(response, flush: false, call.CancellationToken);
    }
}
