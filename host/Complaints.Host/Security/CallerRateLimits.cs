using System.Threading.RateLimiting;
using Complaints.Host.Api;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Microsoft.Extensions.Options;

namespace Complaints.Host.Security;

/// <summary>
/// A token bucket per caller (<c>Limits:CallsPerSecondPerCaller</c>, <c>Limits:BurstPerCaller</c>), from ASP.NET
/// Core's rate limiting, so one runaway integration cannot starve everyone else. A caller over its rate is answered
/// RESOURCE_EXHAUSTED with a google.rpc.RetryInfo saying when to try again; nothing of the call has run.
/// </summary>
internal sealed class CallerRateLimits : IDisposable
{
    private readonly PartitionedRateLimiter<string>? _limiter;

    public CallerRateLimits(IOptions<RequestLimits> options)
    {
        var limits = options.Value;
        if (limits.CallsPerSecondPerCaller <= 0)
            return;
        _limiter = PartitionedRateLimiter.Create<string, string>(caller => RateLimitPartition.GetTokenBucketLimiter(caller, _ =>
            new TokenBucketRateLimiterOptions
            {
                TokenLimit = Math.Max(limits.BurstPerCaller, limits.CallsPerSecondPerCaller),
                TokensPerPeriod = limits.CallsPerSecondPerCaller,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            }), StringComparer.Ordinal);
    }

    public void Admit(string caller)
    {
        if (_limiter is null)
            return;
        using var lease = _limiter.AttemptAcquire(caller);
        if (lease.IsAcquired)
            return;
        var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
        throw new Google.Rpc.Status
        {
            Code = (int)Code.ResourceExhausted,
            Message = $"Too many calls from '{caller}': try again in {Math.Ceiling(wait.TotalSeconds)} s.",
            Details = { Any.Pack(new RetryInfo { RetryDelay = Duration.FromTimeSpan(wait) }) },
        }.ToRpcException();
    }

    public void Dispose() => _limiter?.Dispose();
}
