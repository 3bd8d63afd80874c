using Complaints.HousingSystem.Adapter;
using Complaints.HousingSystem.Persistence;
using Complaints.Kernel.Events;
using Complaints.Kernel.Leases;
using Complaints.Kernel.Telemetry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Complaints.HousingSystem.Webhooks;

/// <summary>
/// Follows the event log and posts each event to the HMS, one at a time and in id order, so the HMS hears a complaint's
/// course as it happened. A failed post is retried with backoff; after <see cref="WebhookOptions.MaxAttempts"/> the event
/// is dead-lettered and the sender moves on. Replays an administrator asked for go first. One host sends at a time (a
/// lease); the cursor is in the database, so a restart or another host carries on where the last left off.
/// Delivery is at least once: an HMS de-duplicates by the event id.
/// </summary>
internal sealed class WebhookSender(
    IServiceScopeFactory scopes, EventLogSignal signal, IOptions<HousingSystemOptions> options, IOptions<WebhookOptions> webhooks,
    WebhookPoster poster, TimeProvider clock, ILogger<WebhookSender> logger)
    : BackgroundService
{
    private const string Turn = "hms-webhooks";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!webhooks.Value.Enabled || options.Value.BaseAddress is null || string.IsNullOrEmpty(options.Value.SharedSecret))
            return;
        while (!stoppingToken.IsCancellationRequested)
        {
            var nextCommit = signal.NextCommit;
            var sent = 0;
            try
            {
                if (await IsMyTurnAsync(stoppingToken))
                    sent = await SendReplaysAsync(stoppingToken) + await SendNewEventsAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(MessageWithheldException.From(e), "Sending events to the HMS failed; trying again after {Interval}.", webhooks.Value.PollInterval);
            }
            if (sent == 0)
                await Task.WhenAny(nextCommit, Task.Delay(webhooks.Value.PollInterval, stoppingToken));
        }
    }

    /// <summary>The lease lasts a little over the longest wait between attempts, and is renewed before every attempt.</summary>
    private Task<bool> IsMyTurnAsync(CancellationToken cancellationToken) =>
        SweepTurns.IsMineAsync(scopes, Turn, webhooks.Value.RetryMaxDelay + TimeSpan.FromSeconds(30), cancellationToken);

    private async Task<int> SendNewEventsAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HousingSystemDbContext>();
        var reader = scope.ServiceProvider.GetRequiredService<EventLogReader>();
        var cursor = await db.WebhookCursors.SingleOrDefaultAsync(c => c.Name == WebhookCursor.Hms, cancellationToken);
        if (cursor is null)
        {
            var start = webhooks.Value.StartFrom == WebhookStart.Latest ? await reader.LastIdAsync(cancellationToken) : 0;
            cursor = db.WebhookCursors.Add(new WebhookCursor { Name = WebhookCursor.Hms, EventId = start }).Entity;
            await db.SaveChangesAsync(cancellationToken);
        }
        var page = await reader.ReadAfterAsync(cursor.EventId, cancellationToken);
        foreach (var loggedEvent in page.Events)
        {
            if (!await SendAsync(db, loggedEvent, replay: false, cancellationToken))
                break; // the turn passed to another host: it carries on from the cursor
            cursor.EventId = loggedEvent.Id;
            await db.SaveChangesAsync(cancellationToken);
        }
        return page.Events.Count;
    }

    private async Task<int> SendReplaysAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HousingSystemDbContext>();
        var replays = await db.WebhookReplays.Where(r => r.DoneAt == null).OrderBy(r => r.Id).Take(100).ToListAsync(cancellationToken);
        var reader = scope.ServiceProvider.GetRequiredService<EventLogReader>();
        foreach (var replay in replays)
        {
            var loggedEvent = await reader.FindAsync(replay.EventId, cancellationToken);
            if (loggedEvent is not null && !await SendAsync(db, loggedEvent, replay: true, cancellationToken))
                break;
            replay.DoneAt = clock.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
        }
        return replays.Count;
    }

    /// <summary>Posts until it is delivered or dead-lettered (true), or the turn passes to another host (false).</summary>
    private async Task<bool> SendAsync(HousingSystemDbContext db, LoggedEvent loggedEvent, bool replay, CancellationToken cancellationToken)
    {
        string? lastError = null;
        for (var attempt = 1; attempt <= webhooks.Value.MaxAttempts; attempt++)
        {
            if (attempt > 1)
            {
                await Task.Delay(webhooks.Value.DelayAfter(attempt - 1), cancellationToken);
                if (!await IsMyTurnAsync(cancellationToken))
                    return false;
            }
            try
            {
                await poster.PostAsync(loggedEvent, replay, cancellationToken);
                Record(db, loggedEvent, WebhookOutcome.Delivered, attempt, lastError, replay);
                return true;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                lastError = e.Message;
                logger.LogWarning("Event {EventId} ({EventType}) not accepted by the HMS (attempt {Attempt}): {Error}",
                    loggedEvent.Id, loggedEvent.EventType, attempt, e.Message);
            }
        }
        Record(db, loggedEvent, WebhookOutcome.DeadLettered, webhooks.Value.MaxAttempts, lastError, replay);
        logger.LogError("Event {EventId} ({EventType}) dead-lettered after {Attempts} attempts; replay it once the HMS takes it.",
            loggedEvent.Id, loggedEvent.EventType, webhooks.Value.MaxAttempts);
        return true;
    }

    private void Record(HousingSystemDbContext db, LoggedEvent loggedEvent, WebhookOutcome outcome, int attempts, string? lastError, bool replay) =>
        db.WebhookDeliveries.Add(new WebhookDelivery
        {
            EventId = loggedEvent.Id, EventType = loggedEvent.EventType, Outcome = outcome, Attempts = attempts, LastError = lastError,
            At = clock.GetUtcNow(), Replay = replay,
        });
}
