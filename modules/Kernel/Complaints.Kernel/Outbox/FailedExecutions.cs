using Complaints.Kernel.Errors;
using Complaints.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Kernel.Outbox;

/// <summary>
/// Asynchronous executions of landlords' steps that ran out of attempts (Dataverse's failed system jobs): listed with
/// their last error, and queued again on request with their attempts reset.
/// </summary>
public sealed class FailedExecutions(KernelDbContext db, OutboxSignal signal)
{
    public async Task<IReadOnlyList<FailedExecution>> ListAsync(CancellationToken cancellationToken) =>
        await db.Outbox.AsNoTracking()
            .Where(m => m.Kind == OutboxKind.RegisteredStep && m.FailedAt != null && m.DeliveredAt == null)
            .OrderByDescending(m => m.Id).Take(1000)
            .Select(m => new FailedExecution(m.Id, m.Consumer, m.MessageType, m.CorrelationId, m.CreatedAt, m.FailedAt!.Value, m.Attempts, m.LastError ?? ""))
            .ToListAsync(cancellationToken);

    public async Task RetryAsync(long id, CancellationToken cancellationToken)
    {
        var row = await db.Outbox.SingleOrDefaultAsync(m => m.Id == id && m.Kind == OutboxKind.RegisteredStep, cancellationToken)
            ?? throw new NotFoundException("Failed execution", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (row.FailedAt is null)
            throw new RuleViolationException($"Execution {id} has not failed: it is {(row.DeliveredAt is null ? "still queued" : "done")}.", "EXECUTION_NOT_FAILED");
        (row.FailedAt, row.Attempts, row.NextAttemptAt) = (null, 0, null);
        await db.SaveChangesAsync(cancellationToken);
        signal.Notify();
    }
}

/// <summary>A failed asynchronous execution; <see cref="Consumer"/> names the step (<c>plugin-step:&lt;id&gt;</c>).</summary>
public sealed record FailedExecution(
    long Id, string Consumer, string Message, string CorrelationId, DateTimeOffset QueuedAt, DateTimeOffset FailedAt, int Attempts, string LastError)
{
    public string StepId => Consumer.StartsWith("plugin-step:", StringComparison.Ordinal) ? Consumer["plugin-step:".Length..] : Consumer;
}
