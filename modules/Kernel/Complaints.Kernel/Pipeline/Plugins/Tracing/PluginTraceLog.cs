using System.Threading.Channels;
using Complaints.Kernel.Persistence;
using Complaints.Kernel.Pipeline.Plugins.DropIn;
using Complaints.Kernel.Telemetry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Complaints.Kernel.Pipeline.Plugins.Tracing;

/// <summary>
/// The plug-in trace log. Executions hand their traces over without waiting and one writer appends them in batches,
/// in a transaction of its own: a message that a step refused rolls back, and its trace must stay. Asking the log
/// anything first writes what is waiting. Lines older than <see cref="PluginFolderOptions.TraceRetentionDays"/> are
/// deleted as the writer goes.
/// </summary>
public sealed class PluginTraceLog(IServiceScopeFactory scopes, IOptionsMonitor<PluginFolderOptions> options, TimeProvider clock, ILogger<PluginTraceLog> logger)
    : BackgroundService
{
    private readonly Channel<object> _waiting = Channel.CreateUnbounded<object>(new UnboundedChannelOptions { SingleReader = true });
    private DateTimeOffset _trimmedAt = DateTimeOffset.MinValue;

    /// <summary>
    /// How long the writer lets traces gather before it writes them: a write is a transaction of its own, and on SQLite
    /// it waits its turn with the messages for the one writer, so a write per execution cost each message a commit.
    /// </summary>
    private static readonly TimeSpan GatherFor = TimeSpan.FromMilliseconds(20);

    public void Record(PluginTrace trace)
    {
        var setting = options.CurrentValue.TraceLog;
        if (setting == PluginTraceSetting.All || (setting == PluginTraceSetting.Exception && trace.Outcome != PluginTraceOutcome.Succeeded))
            _waiting.Writer.TryWrite(trace);
    }

    public async Task<IReadOnlyList<PluginTrace>> ListAsync(PluginTraceQuery query, CancellationToken cancellationToken)
    {
        var written = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiting.Writer.TryWrite(written);
        await written.Task.WaitAsync(cancellationToken);
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<KernelDbContext>().PluginTraces.AsNoTracking()
            .Where(t => query.StepId == null || t.StepId == query.StepId)
            .Where(t => query.Message == null || t.Message == query.Message)
            .Where(t => query.CorrelationId == null || t.CorrelationId == query.CorrelationId)
            .Where(t => query.Outcome == null || t.Outcome == query.Outcome)
            .OrderByDescending(t => t.Id).Take(query.Limit).ToListAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<PluginTrace>();
        var flushes = new List<TaskCompletionSource>();
        try
        {
            while (await _waiting.Reader.WaitToReadAsync(stoppingToken))
            {
                if (_waiting.Reader.TryPeek(out var first) && first is PluginTrace)
                    await Task.Delay(GatherFor, stoppingToken);
                await DrainAsync(batch, flushes, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        await DrainAsync(batch, flushes, CancellationToken.None); // stopping: what is waiting is still written
    }

    private async Task DrainAsync(List<PluginTrace> batch, List<TaskCompletionSource> flushes, CancellationToken cancellationToken)
    {
        while (_waiting.Reader.TryRead(out var item))
        {
            if (item is PluginTrace trace)
                batch.Add(trace);
            else
                flushes.Add((TaskCompletionSource)item);
        }
        try
        {
            await WriteAsync(batch, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Traces help a developer; they never hold up a message. A batch the database refused is logged and dropped.
            logger.LogWarning(MessageWithheldException.From(e), "{Count} plug-in trace(s) not written", batch.Count);
        }
        flushes.ForEach(f => f.TrySetResult());
        batch.Clear();
        flushes.Clear();
    }

    private async Task WriteAsync(List<PluginTrace> batch, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var trim = now - _trimmedAt > TimeSpan.FromHours(1);
        if (batch.Count == 0 && !trim)
            return;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KernelDbContext>();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<UnitOfWork>();
        await unitOfWork.ExecuteAsync(async () =>
        {
            await RowInserter.InsertAsync(db, unitOfWork, batch, cancellationToken);
            if (trim)
            {
                var cutoff = now.AddDays(-options.CurrentValue.TraceRetentionDays);
                await db.PluginTraces.Where(t => t.StartedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
                _trimmedAt = now;
            }
            return true;
        }, cancellationToken);
    }
}
