using Complaints.HousingSystem.Persistence;
using Complaints.Kernel.Errors;
using Complaints.Kernel.Events;
using Microsoft.EntityFrameworkCore;

namespace Complaints.HousingSystem.Webhooks;

/// <summary>What an administrator sees and does about the HMS's webhooks: deliveries and dead letters, and replays.</summary>
internal sealed class WebhookAdministration(HousingSystemDbContext db, EventLogReader events, EventLogSignal signal, TimeProvider clock)
{
    /// <summary>The most events one replay request may send again.</summary>
    public const int MostReplayed = 10_000;

    public async Task<IReadOnlyList<WebhookDelivery>> ListAsync(WebhookOutcome? outcome, int pageSize, CancellationToken cancellationToken) =>
        await db.WebhookDeliveries.AsNoTracking()
            .Where(d => outcome == null || d.Outcome == outcome)
            .OrderByDescending(d => d.Id).Take(pageSize).ToListAsync(cancellationToken);

    /// <summary>Queues the events named, or every event recorded since an instant, to be sent again in id order.</summary>
    public async Task<IReadOnlyList<long>> ReplayAsync(IReadOnlyCollection<long> eventIds, DateTimeOffset? since, string by, CancellationToken cancellationToken)
    {
        if (eventIds.Count == 0 && since is null)
            throw new ValidationException(new FieldViolation("event_ids", "name the events to send again, or give since"));
        var ids = new SortedSet<long>(eventIds);
        var missing = ids.Except(await events.ExistingAsync(ids, cancellationToken)).ToList();
        if (missing.Count > 0)
            throw new NotFoundException("Event", string.Join(", ", missing));
        if (since is { } from)
            ids.UnionWith(await events.IdsSinceAsync(from, MostReplayed, cancellationToken));
        var now = clock.GetUtcNow();
        db.WebhookReplays.AddRange(ids.Take(MostReplayed).Select(id => new WebhookReplay { EventId = id, RequestedAt = now, RequestedBy = by }));
        await db.SaveChangesAsync(cancellationToken);
        signal.Notify(); // wakes the sender here; another host's sender finds the queue at its next look
        return [.. ids.Take(MostReplayed)];
    }
}
