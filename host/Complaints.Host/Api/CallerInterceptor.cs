using Complaints.Kernel.Pipeline;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Complaints.Host.Api;

/// <summary>
/// Establishes who is calling from request metadata: <c>x-actor-id</c>, <c>x-actor-roles</c> (comma-separated) and
/// <c>x-correlation-id</c> (one is made when absent, and sent back as a response header). The identity is trusted as
/// the calling system states it; token-based authentication replaces this with the issue "Who may do what". The
/// correlation id goes into the logging scope so every log line of the call carries it.
/// </summary>
internal sealed class CallerInterceptor(ILogger<CallerInterceptor> logger) : Interceptor
{
    public const string CorrelationHeader = "x-correlation-id";

    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        // Headers are read from the HTTP request itself: asking ServerCallContext.RequestHeaders would copy every
        // header into a Metadata collection on each call.
        var http = context.GetHttpContext();
        RequestBodyDeadline.Arrived(http);
        var headers = http.Request.Headers;
        var caller = http.RequestServices.GetRequiredService<CallerContext>();
        if (headers["x-actor-id"].ToString() is { Length: > 0 } actorId && !string.IsNullOrWhiteSpace(actorId))
        {
            var roles = headers["x-actor-roles"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            caller.Actor = new Actor(actorId.Trim(), roles.ToHashSet());
        }
        if (headers[CorrelationHeader].ToString() is { Length: > 0 } correlationId)
            caller.CorrelationId = correlationId;
        // Set on the response rather than written: writing headers early would cost a flush per call.
        http.Response.Headers[CorrelationHeader] = caller.CorrelationId;

        using (logger.BeginScope(new CallScope(caller.CorrelationId, caller.Actor.Id, context.Method)))
            return await continuation(request, context);
    }
}
