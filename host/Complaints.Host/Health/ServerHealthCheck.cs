using Complaints.Kernel.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Complaints.Host.Health;

/// <summary>
/// The server's health as one check: shutting down, the database (reachable, migrations applied) and the outbox
/// backlog, worst first. One registration rather than three, because the health service pays per registered check on
/// every Check call (a scope, a task, a log entry each); the report still names what is wrong.
/// </summary>
internal sealed class ServerHealthCheck(
    ShutdownHealthCheck shutdown, SharedRunHealthCheck<DatabaseHealthCheck> database, SharedRunHealthCheck<OutboxBacklogHealthCheck> outbox)
    : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var stopping = await shutdown.CheckHealthAsync(context, cancellationToken);
        if (stopping.Status != HealthStatus.Healthy)
            return stopping;
        var results = await Task.WhenAll(database.CheckHealthAsync(context, cancellationToken), outbox.CheckHealthAsync(context, cancellationToken));
        var worst = results.MinBy(r => r.Status);
        return new HealthCheckResult(worst.Status, string.Join(" ", results.Select(r => r.Description)), worst.Exception,
            results.SelectMany(r => r.Data).ToDictionary(d => d.Key, d => d.Value));
    }
}
