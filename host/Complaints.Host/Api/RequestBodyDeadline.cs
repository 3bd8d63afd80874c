using Microsoft.Extensions.Options;

namespace Complaints.Host.Api;

/// <summary>
/// How long a request's body may take to arrive (<c>Limits:RequestBodyTimeout</c>). Kestrel's own guard, the minimum
/// body data rate, is switched off by Grpc.AspNetCore for gRPC calls (a streaming call may rightly go quiet), so a
/// client that sends headers and never a body would hold a stream, and its memory, for ever. Every RPC here is unary:
/// its whole body has arrived by the time the call reaches the interceptors, which say so (<see cref="Arrived"/>).
/// A body still missing at the deadline ends that request alone — for HTTP/2 a reset of its stream, never the
/// connection the caller's other calls share.
/// </summary>
internal sealed class RequestBodyDeadline(RequestDelegate next, IOptions<RequestLimits> limits, ILogger<RequestBodyDeadline> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var timeout = limits.Value.RequestBodyTimeout;
        if (timeout <= TimeSpan.Zero || HttpMethods.IsGet(context.Request.Method))
        {
            await next(context);
            return;
        }
        var waiting = new BodyWait();
        context.Features.Set(waiting);
        await using var deadline = new Timer(_ => waiting.Expire(context, logger, timeout), null, timeout, Timeout.InfiniteTimeSpan);
        await next(context);
    }

    /// <summary>Called once the request message has been read: from then on the call's own time is not the body's.</summary>
    public static void Arrived(HttpContext context) => context.Features.Get<BodyWait>()?.Arrive();

    private sealed class BodyWait
    {
        private int _state; // 0 waiting, 1 arrived, 2 expired

        public void Arrive() => Interlocked.CompareExchange(ref _state, 1, 0);

        public void Expire(HttpContext context, ILogger logger, TimeSpan timeout)
        {
            if (Interlocked.CompareExchange(ref _state, 2, 0) != 0)
                return;
            logger.LogWarning("{Path}: the request body had not arrived after {Timeout}; the request is ended", context.Request.Path, timeout);
            context.Abort();
        }
    }
}

/// <summary>Bounds on what a caller's requests may cost the server (the <c>Limits</c> section).</summary>
internal sealed class RequestLimits
{
    /// <summary>How long a request body may take to arrive in full; zero or less turns the bound off.</summary>
    public TimeSpan RequestBodyTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Each caller's calls per second, sustained (a token bucket refilled every second); zero or less turns it off.</summary>
    public int CallsPerSecondPerCaller { get; set; } = 200;

    /// <summary>How many calls above the sustained rate a caller may make at once before it is asked to wait.</summary>
    public int BurstPerCaller { get; set; } = 400;
}
