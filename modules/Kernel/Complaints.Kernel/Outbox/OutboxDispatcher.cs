using Complaints.Kernel.Persistence;
using Complaints.Kernel.Telemetry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Complaints.Kernel.Outbox;

/// <summary>
/// Delivers outbox rows after commit, at least once: each delivery runs in its own transaction with the consumer's
/// writes, its inbox entry and the row's "delivered" mark; a failure is recorded and retried with backoff. Several
/// hosts may run it on one database: a row being delivered is locked, and the others pass it over.
/// Each batch first notes how old the oldest undelivered row is (<c>complaints.outbox.lag</c>); each failure is counted
/// (<c>complaints.outbox.failures</c>); each delivery runs under the correlation id of the call that wrote the row.
/// </summary>
public sealed class OutboxDispatcher(
    IServiceScopeFactory scopes, OutboxSignal signal, IOptions<OutboxOptions> options, TimeProvider clock, ILogger<OutboxDispatcher> logger,
    ComplaintsMetrics metrics)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.DispatcherEnabled)
            return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await DeliverDueAsync(stoppingToken) > 0)
                {
                }
                await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(MessageWithheldException.From(e), "Outbox dispatch failed; retrying after the poll interval.");
                await Task.Delay(options.Value.PollInterval, stoppingToken);
            }
        }
    }

    /// <summary>Delivers one batch of due rows; returns how many were attempted.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        List<long> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KernelDbContext>();
            var now = clock.GetUtcNow();
            // By id, which follows the order rows were written: one indexed look, however long the queue.
            metrics.OutboxLooked(await db.Outbox.AsNoTracking().Where(m => m.DeliveredAt == null && m.FailedAt == null)
                .OrderBy(m => m.Id).Select(m => (DateTimeOffset?)m.CreatedAt).FirstOrDefaultAsync(cancellationToken));
            due = await db.Outbox.AsNoTracking()
                .Where(m => m.DeliveredAt == null && m.FailedAt == null && (m.NextAttemptAt == null || m.NextAttemptAt <= now))
                .OrderBy(m => m.Id).Take(options.Value.BatchSize).Select(m => m.Id).ToListAsync(cancellationToken);
        }
        foreach (var id in due)
            await DeliverAsync(id, cancellationToken);
        return due.Count;
    }

    private async Task DeliverAsync(long id, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var db = services.GetRequiredService<KernelDbContext>();
            await services.GetRequiredService<UnitOfWork>().ExecuteAsync(async () =>
            {
                // Another host delivering the row holds its lock: pass it over rather than wait to find it delivered.
                var message = await db.FindForUpdateUnlessLockedAsync<OutboxMessage>(id, cancellationToken);
                if (message is null || message.DeliveredAt is not null)
                    return true;
                using var logScope = logger.BeginScope(new Dictionary<string, object?> { ["CorrelationId"] = message.CorrelationId, ["OutboxRow"] = id });
                using var activity = ComplaintsActivities.Source.StartActivity("outbox " + message.Consumer);
                activity?.SetTag(ComplaintsActivities.CorrelationIdTag, message.CorrelationId);
                activity?.SetTag("complaints.outbox.row", id);
                message.Attempts++;
                if (!await db.Inbox.AnyAsync(i => i.Consumer == message.Consumer && i.MessageId == id, cancellationToken))
                {
                    await services.GetRequiredService<OutboxConsumers>().InvokeAsync(message, services, cancellationToken);
                    db.Inbox.Add(new InboxEntry { Consumer = message.Consumer, MessageId = id, ProcessedAt = clock.GetUtcNow() });
                }
                message.DeliveredAt = clock.GetUtcNow();
                return true;
            }, cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            await RecordFailureAsync(id, e, cancellationToken);
        }
    }

    private async Task RecordFailureAsync(long id, Exception error, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KernelDbContext>();
        await scope.ServiceProvider.GetRequiredService<UnitOfWork>().ExecuteAsync(async () =>
        {
            var message = await db.FindForUpdateAsync<OutboxMessage>(id, cancellationToken);
            if (message is null || message.DeliveredAt is not null)
                return true; // another dispatcher delivered it meanwhile; this failure is not the row's
            message.Attempts++;
            // The row keeps the message for an operator with access to the database; the log keeps only its kind.
            message.LastError = $"{error.GetType().Name}: {error.Message}";
            var now = clock.GetUtcNow();
            var gaveUp = message.Attempts >= options.Value.MaxAttempts;
            if (gaveUp)
                message.FailedAt = now;
            else
                message.NextAttemptAt = now + options.Value.DelayAfter(message.Attempts);
            metrics.OutboxDeliveryFailed(message.Consumer, gaveUp);
            using var logScope = logger.BeginScope(new Dictionary<string, object?> { ["CorrelationId"] = message.CorrelationId, ["OutboxRow"] = id });
            logger.LogWarning(MessageWithheldException.From(error), "Outbox row {Id} for {Consumer} failed (attempt {Attempts}).", id, message.Consumer, message.Attempts);
            return true;
        }, cancellationToken);
    }
}
