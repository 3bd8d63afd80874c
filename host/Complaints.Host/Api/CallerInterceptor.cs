using Complaints.Host.Security;
using Complaints.Kernel.Pipeline;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Complaints.Host.Api;

/// <summary>
/// Establishes who is calling and whether they may: the caller is the principal authentication established (a token's
/// subject, an API key's or certificate's system, see <see cref="CallerAuthentication"/>), and the method's permission
/// is demanded here, in one place, before any handler or pipeline step runs (<see cref="PermissionTable"/>). Then the
/// caller's rate limit (<see cref="CallerRateLimits"/>). <c>x-correlation-id</c> is taken (or made) and sent back, and
/// goes into the logging scope so every log line of the call carries it.
/// </summary>
internal sealed class CallerInterceptor(ILogger<CallerInterceptor> logger, PermissionTable permissions, CallerRateLimits rateLimits) : Interceptor
{
    public const string CorrelationHeader = "x-correlation-id";

    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        // Headers are read from the HTTP request itself: asking ServerCallContext.RequestHeaders would copy every
        // header into a Metadata collection on each call.
        var http = context.GetHttpContext();
        RequestBodyDeadline.Arrived(http);
        var caller = http.RequestServices.GetRequiredService<CallerContext>();
        if (http.Request.Headers[CorrelationHeader].ToString() is { Length: > 0 } correlationId)
            caller.CorrelationId = correlationId;
        // Set on the response rather than written: writing headers early would cost a flush per call.
        http.Response.Headers[CorrelationHeader] = caller.CorrelationId;

        var actor = CallerClaims.ActorOf(http.User);
        permissions.Demand(context.Method, actor);
        if (actor is not null)
        {
            caller.Actor = actor;
            rateLimits.Admit(actor.Id);
        }

        using (logger.BeginScope(new CallScope(caller.CorrelationId, caller.Actor.Id, context.Method)))
            return await continuation(request, context);
    }
}
