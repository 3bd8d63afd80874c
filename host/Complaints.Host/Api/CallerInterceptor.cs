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
        var caller = context.GetHttpContext().RequestServices.GetRequiredService<CallerContext>();
        var actorId = context.RequestHeaders.GetValue("x-actor-id");
        if (!string.IsNullOrWhiteSpace(actorId))
        {
            var roles = (context.RequestHeaders.GetValue("x-actor-roles") ?? "")
                .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            caller.Actor = new Actor(actorId.Trim(), roles.ToHashSet());
        }
        if (context.RequestHeaders.GetValue(CorrelationHeader) is { Length: > 0 } correlationId)
            caller.CorrelationId = correlationId;
        // Set on the response rather than written: writing headers early would cost a flush per call.
        context.GetHttpContext().Response.Headers[CorrelationHeader] = caller.CorrelationId;

        using (logger.BeginScope(new Dictionary<string, object> { ["CorrelationId"] = caller.CorrelationId, ["Actor"] = caller.Actor.Id, ["Method"] = context.Method }))
            return await continuation(request, context);
    }
}
