using System.Collections;
using System.Diagnostics;
using Complaints.Kernel.Pipeline;
using Complaints.Kernel.Telemetry;

namespace Complaints.Host.Api;

/// <summary>
/// The first thing every request meets: takes <c>x-correlation-id</c> (or keeps the one <see cref="CallerContext"/>
/// made), returns it as a response header, tags the request's span with it, and opens the logging scope that puts it
/// on every log line of the request — the interceptors' and handlers', and also the gRPC library's own lines about the
/// call, which are written outside the interceptors.
/// </summary>
internal sealed class CorrelationScope(RequestDelegate next, ILogger<CorrelationScope> logger)
{
    public const string Header = "x-correlation-id";

    public async Task InvokeAsync(HttpContext context)
    {
        var caller = context.RequestServices.GetRequiredService<CallerContext>();
        if (context.Request.Headers[Header].ToString() is { Length: > 0 } correlationId)
            caller.CorrelationId = correlationId;
        // Set on the response rather than written: writing headers early would cost a flush per call.
        context.Response.Headers[Header] = caller.CorrelationId;
        Activity.Current?.SetTag(ComplaintsActivities.CorrelationIdTag, caller.CorrelationId);
        using (logger.BeginScope(new Values(caller.CorrelationId)))
            await next(context);
    }

    /// <summary>One small object rather than a dictionary per request: this runs on every call.</summary>
    private sealed class Values(string correlationId) : IReadOnlyList<KeyValuePair<string, object?>>
    {
        public int Count => 1;

        public KeyValuePair<string, object?> this[int index] =>
            index == 0 ? new("CorrelationId", correlationId) : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
        {
            yield return this[0];
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString() => $"CorrelationId:{correlationId}";
    }
}
