using Complaints.Kernel.Outbox;
using Complaints.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Complaints.Kernel.Health;

/// <summary>
/// Degraded when more outbox messages wait for delivery than <see cref="OutboxOptions.BacklogThreshold"/>: the server
/// still takes work, but what follows a change (other modules, adapters) is falling behind.
/// </summary>
public sealed class OutboxBacklogHealthCheck(IServiceProvider services, IOptions<OutboxOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KernelDbContext>();
        var waiting = await db.Outbox.CountAsync(m => m.DeliveredAt == null && m.FailedAt == null, cancellationToken);
        var threshold = options.Value.BacklogThreshold;
        var data = new Dictionary<string, object> { ["waiting"] = waiting, ["threshold"] = threshold };
        return waiting <= threshold
            ? HealthCheckResult.Healthy($"{waiting} outbox message(s) waiting.", data)
            : HealthCheckResult.Degraded($"{waiting} outbox message(s) waiting, above the threshold of {threshold}.", data: data);
    }
}
