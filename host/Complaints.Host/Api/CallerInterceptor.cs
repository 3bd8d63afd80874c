using Complaints.Grpc.Server;
using Complaints.Kernel.Pipeline;

namespace Complaints.Host.Api;

/// <summary>
/// Establishes who is calling from request metadata: <c>x-actor-id</c>, <c>x-actor-roles</c> (comma-separated) and
/// <c>x-correlation-id</c>. These are trusted as the calling housing management system states them; token-based
/// authentication replaces this when the identity provider integration lands.
/// </summary>
internal sealed class CallerInterceptor : IServerCallInterceptor
{
    public ValueTask OnCallStartingAsync(ServerCallContext context, IServiceProvider services)
    {
        var caller = services.GetRequiredService<CallerContext>();
        var actorId = context.RequestHeaders.GetValue("x-actor-id");
        if (!string.IsNullOrWhiteSpace(actorId))
        {
            var roles = (context.RequestHeaders.GetValue("x-actor-roles") ?? "")
                .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            caller.Actor = new Actor(actorId.Trim(), roles.ToHashSet());
        }
        if (context.RequestHeaders.GetValue("x-correlation-id") is { Length: > 0 } correlationId)
            caller.CorrelationId = correlationId;
        return ValueTask.CompletedTask;
    }
}
