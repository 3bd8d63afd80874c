using Complaints.Host.Security;
using Complaints.Kernel.Pipeline;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.AspNetCore.Authentication;

namespace Complaints.Host.Api;

/// <summary>
/// Establishes who is calling and whether they may: the caller is the principal authentication established (a token's
/// subject, an API key's or certificate's system, see <see cref="CallerAuthentication"/>), and the method's permission
/// is demanded here, in one place, before any handler or pipeline step runs (<see cref="PermissionTable"/>). Then the
/// caller's rate limit (<see cref="CallerRateLimits"/>). Every call on residents' records, allowed or refused, is handed to
/// the audit of access as it ends (<see cref="CallAudit"/>). The actor and method go into the logging scope, beside the
/// correlation id <see cref="CorrelationScope"/> put there.
/// </summary>
internal sealed class CallerInterceptor(ILogger<CallerInterceptor> logger, PermissionTable permissions, CallerRateLimits rateLimits, CallAudit audit)
    : Interceptor
{
    /// <summary>What a stream "answers" for the audit, which reads records off a unary call's one response.</summary>
    private static readonly object NoSingleAnswer = new();

    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation) =>
        GuardAsync(request, context, () => continuation(request, context));

    /// <summary>
    /// A server stream (the event stream) is let in as a unary call is: permission, rate limit, logging scope, and one
    /// audit entry for the whole stream as it ends, holding what the request named.
    /// </summary>
    public override Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation) =>
        GuardAsync<object>(request, context, async () =>
        {
            await continuation(request, responseStream, context);
            return NoSingleAnswer;
        });

    private async Task<TResponse> GuardAsync<TResponse>(object request, ServerCallContext context, Func<Task<TResponse>> call)
    {
        // Headers are read from the HTTP request itself: asking ServerCallContext.RequestHeaders would copy every
        // header into a Metadata collection on each call.
        var http = context.GetHttpContext();
        RequestBodyDeadline.Arrived(http);
        // The correlation id is already taken, returned and in the logging scope (CorrelationScope, before any of this).
        var caller = http.RequestServices.GetRequiredService<CallerContext>();

        var actor = await CallerOfAsync(http, context.Method);
        if (!audit.Covers(context.Method))
            return await CallAsync(context, call, actor, caller);
        TResponse? response = default;
        var outcome = StatusCode.Unknown;
        try
        {
            response = await CallAsync(context, call, actor, caller);
            outcome = StatusCode.OK;
            return response;
        }
        catch (RpcException e)
        {
            outcome = e.StatusCode;
            throw;
        }
        finally
        {
            audit.Record(context.Method, actor, caller, outcome, request, response);
        }
    }

    private async Task<TResponse> CallAsync<TResponse>(ServerCallContext context, Func<Task<TResponse>> call, Actor? actor, CallerContext caller)
    {
        permissions.Demand(context.Method, actor);
        if (actor is not null)
        {
            caller.Actor = actor;
            rateLimits.Admit(actor.Id);
        }
        using (logger.BeginScope(new CallScope(caller.Actor.Id, context.Method, caller.Actor.OnBehalfOf)))
            return await call();
    }

    // The product streams only from the server; the other streaming methods served (reflection) are open. Any other
    // streaming method still meets the permission table, so default deny holds for every kind of call.
    public override async Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        await DemandAsync(context);
        return await continuation(requestStream, context);
    }

    public override async Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        await DemandAsync(context);
        await continuation(requestStream, responseStream, context);
    }

    private async Task DemandAsync(ServerCallContext context) =>
        permissions.Demand(context.Method, await CallerOfAsync(context.GetHttpContext(), context.Method));

    /// <summary>
    /// Authenticates the caller only when the method needs one: a health probe or reflection call costs no token
    /// validation, whatever credentials it happens to carry.
    /// </summary>
    private async Task<Actor?> CallerOfAsync(HttpContext http, string method)
    {
        if (permissions.IsOpen(method))
            return null;
        var result = await http.AuthenticateAsync(CallerAuthentication.Scheme);
        if (result.Succeeded)
            http.User = result.Principal;
        return result.Succeeded ? CallerClaims.ActorOf(result.Principal) : null;
    }
}
