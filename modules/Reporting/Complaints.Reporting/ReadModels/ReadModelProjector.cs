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
/// Follows the event log and applies its events to the read models, a page at a time in id order, saving the cursor
/// with the page's changes so each event counts once. One host applies at a time (a lease); the cursor is in the database, so a restart or another
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
                break;
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
        await HandOverAsync();
    }

    /// <summary>On shutdown, gives the turn up so a host still running (or the next to start) carries on at once.</summary>
    private async Task HandOverAsync()
    {
        try
        {
            await SweepTurns.ReleaseAsync(scopes, Turn, CancellationToken.None);
        }
        catch (Exception e)
        {
            logger.LogWarning(MessageWithheldException.From(e), "Handing the reporting read models over failed; another host takes them when the turn expires.");
        }
    }

    private async Task<int> ApplyNewEventsAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        var cursor = await db.Cursors.SingleOrDefaultAsync(c => c.Name == ReadModelCursor.ReadModels, cancellationToken)
            ?? db.Cursors.Add(new ReadModelCursor { Name = ReadModelCursor.ReadModels }).Entity;
        var page = await scope.ServiceProvider.GetRequiredService<EventLogReader>().ReadAfterAsync(cursor.EventId, cancellationToken);
        if (page.Events.Count == 0)
            return 0;
        // A page at a time: its rows read in one query, saved with the cursor in one SaveChanges (one transaction).
        await ComplaintProjection.ApplyAsync(db, page.Events, cancellationToken);
        foreach (var loggedEvent in page.Events)
            await RemedyProjections.ApplyAsync(db, loggedEvent, cancellationToken); // finds rows added earlier in the page (FindAsync looks locally first)
        cursor.EventId = page.Events[^1].Id;
        await db.SaveChangesAsync(cancellationToken);
        return page.Events.Count;
    }
}
