using Google.Protobuf;
using Google.Protobuf.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Complaints.Grpc.Server.Handlers;

/// <summary>
/// Serves one proto method: admits the call, runs the handler on a service instance from the request's scope,
/// and turns whatever happened into exactly one gRPC status.
/// </summary>
internal abstract class ServerMethodHandler(MethodDescriptor method, GrpcServerOptions options, ILogger logger)
{
    public MethodDescriptor Method { get; } = method;

    public string Path { get; } = method.GetPath();

    public async Task HandleCallAsync(HttpContext http)
    {
        var start = await CallAdmission.TryAdmitAsync(http);
        if (start is null)
            return;
        ServerCall.RelaxBodyLimits(http);
        await using var call = new ServerCall(http, Path, options, start);
        try
        {
            foreach (var interceptor in http.RequestServices.GetServices<IServerCallInterceptor>())
                await interceptor.OnCallStartingAsync(call.Context, http.RequestServices);
            await InvokeAsync(call, http.RequestServices);
            await call.CompleteAsync(call.Context.Status, call.ResponseTrailers);
        }
        catch (Exception exception)
        {
            var status = ToStatus(exception, call, http.RequestServices);
            await call.CompleteAsync(status, exception is RpcException rpc ? Merge(rpc.Trailers, call.ResponseTrailers) : call.ResponseTrailers);
        }
    }

    protected abstract Task InvokeAsync(ServerCall call, IServiceProvider services);

    protected static TService Resolve<TService>(IServiceProvider services) where TService : notnull =>
        services.GetRequiredService<TService>();

    protected static MessageParser<T> ParserFor<T>() where T : class, IMessage<T>, new() => ParserCache<T>.Parser;

    private Status ToStatus(Exception exception, ServerCall call, IServiceProvider services)
    {
        foreach (var mapper in services.GetServices<IGrpcExceptionMapper>())
        {
            if (mapper.TryMap(exception) is { } mapped)
                return mapped;
        }
        switch (exception)
        {
            case RpcException rpc:
                return rpc.Status;
            case OperationCanceledException when call.DeadlineReached:
                return new Status(StatusCode.DeadlineExceeded, "Deadline Exceeded");
            case OperationCanceledException when call.ClientCancelled:
                logger.LogInformation("Call {Method} was cancelled by the client.", Path);
                return new Status(StatusCode.Cancelled, "Cancelled by the client");
            case InvalidProtocolBufferException invalid:
                return new Status(StatusCode.InvalidArgument,
                    $"The request is not a valid {Method.InputType.FullName}: {invalid.Message}");
            default:
                logger.LogError(exception, "Handler for {Method} threw an unexpected exception.", Path);
                var detail = options.EnableDetailedErrors
                    ? $"Exception was thrown by handler. {exception.GetType().Name}: {exception.Message}"
                    : "Exception was thrown by handler.";
                return new Status(StatusCode.Unknown, detail);
        }
    }

    private static Metadata Merge(Metadata first, Metadata second)
    {
        var merged = new Metadata();
        foreach (var entry in first.Concat(second))
            merged.Add(entry);
        return merged;
    }

    private static class ParserCache<T> where T : class, IMessage<T>, new()
    {
        public static readonly MessageParser<T> Parser = new(() => new T());
    }
}
