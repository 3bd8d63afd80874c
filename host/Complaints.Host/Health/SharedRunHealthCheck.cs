using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Complaints.Host.Health;

/// <summary>
/// Runs <typeparamref name="TCheck"/> once for all the callers that arrive while it is running, and lets its result
/// stand for <c>Health:ResultsFreshFor</c> (1 s by default) after it ends. Without this, every health Check runs the
/// database checks itself; those block a thread-pool thread each (SQLite answers synchronously), and a burst of probes
/// (128 at once in tests/benchmarks) starved the thread pool: about 200 calls/s, and seconds without any answer after
/// the burst ended. A load balancer probing every few seconds always gets a fresh run.
/// </summary>
internal sealed class SharedRunHealthCheck<TCheck>(IServiceProvider services, TimeProvider clock, IConfiguration configuration) : IHealthCheck
    where TCheck : IHealthCheck
{
    private readonly TimeSpan _freshFor = configuration.GetValue("Health:ResultsFreshFor", TimeSpan.FromSeconds(1));
    private readonly Lock _gate = new();
    private Task<HealthCheckResult>? _run;
    private DateTimeOffset _finishedAt;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        Task<HealthCheckResult> run;
        lock (_gate)
        {
            if (_run is null || (_run.IsCompleted && clock.GetUtcNow() - _finishedAt >= _freshFor))
                _run = RunAsync(context);
            run = _run;
        }
        // No one caller may cancel the run the others share; each stops waiting at its own deadline.
        return run.WaitAsync(cancellationToken);
    }

    private async Task<HealthCheckResult> RunAsync(HealthCheckContext context)
    {
        await Task.Yield(); // the check runs after the lock is released
        try
        {
            var check = ActivatorUtilities.GetServiceOrCreateInstance<TCheck>(services);
            return await check.CheckHealthAsync(context, CancellationToken.None);
        }
        finally
        {
            _finishedAt = clock.GetUtcNow();
        }
    }
}
