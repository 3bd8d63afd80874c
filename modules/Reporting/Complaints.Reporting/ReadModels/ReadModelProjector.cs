using Complaints.Kernel.Events;
using Complaints.Kernel.Leases;
using Complaints.Kernel.Telemetry;
using Complaints.Reporting.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Complaints.Reporting.ReadModels;

/// <summary>
/// Follows the event log and applies each event to the read models, in id order, saving the cursor with the change so
/// each event counts once. One host applies at a time (a lease); the cursor is in the database, so a restart or another
/// host carries on. A rebuild resets the cursor under it: its next save is refused and it starts again from 0.
/// </summary>
internal sealed class ReadModelProjector(
    IServiceScopeFactory scopes, EventLogSignal signal, IOptions<Tsm.ReportingOptions> options, ILogger<ReadModelProjector> logger)
    : BackgroundService
{
    private const string Turn = "reporting-read-models";
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.FollowEventLog)
            return;
        while (!stoppingToken.IsCancellationRequested)
        {
            var nextCommit = signal.NextCommit;
            var applied = 0;
            try
            {
                if (await SweepTurns.IsMineAsync(scopes, Turn, PollInterval + TimeSpan.FromSeconds(30), stoppingToken))
                    applied = await ApplyNewEventsAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (DbUpdateConcurrencyException)
            {
                applied = 1; // rebuilt under us: read again from the reset cursor at once
            }
            catch (Exception e)
            {
                logger.LogError(MessageWithheldException.From(e), "Applying events to the reporting read models failed; trying again after {Interval}.", PollInterval);
            }
            if (applied == 0)
                await Task.WhenAny(nextCommit, Task.Delay(PollInterval, stoppingToken));
        }
    }

    private async Task<int> ApplyNewEventsAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        var cursor = await db.Cursors.SingleOrDefaultAsync(c => c.Name == ReadModelCursor.ReadModels, cancellationToken)
            ?? db.Cursors.Add(new ReadModelCursor { Name = ReadModelCursor.ReadModels }).Entity;
        var page = await scope.ServiceProvider.GetRequiredService<EventLogReader>().ReadAfterAsync(cursor.EventId, cancellationToken);
        foreach (var loggedEvent in page.Events)
        {
            await ComplaintProjection.ApplyAsync(db, loggedEvent, cancellationToken);
            await RemedyProjections.ApplyAsync(db, loggedEvent, cancellationToken);
            cursor.EventId = loggedEvent.Id;
            await db.SaveChangesAsync(cancellationToken);
        }
        return page.Events.Count;
    }
}
