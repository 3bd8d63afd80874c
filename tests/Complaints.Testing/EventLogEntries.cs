using System.Text.Json;
using Complaints.Kernel.Events;
using Microsoft.Extensions.DependencyInjection;

namespace Complaints.Testing;

/// <summary>The event log as a module test reads it: every event of a type family, with its payload parsed.</summary>
public static class EventLogEntries
{
    /// <summary>Every logged event whose type starts with <paramref name="typePrefix"/>, in id order, as (type's last part, payload).</summary>
    public static async Task<IReadOnlyList<(string Name, JsonElement Payload)>> ReadAsync(IServiceProvider services, string typePrefix)
    {
        var found = new List<(string, JsonElement)>();
        long cursor = 0;
        while (true)
        {
            await using var scope = services.CreateAsyncScope();
            var page = await scope.ServiceProvider.GetRequiredService<EventLogReader>().ReadAfterAsync(cursor, CancellationToken.None);
            if (page.Events.Count == 0)
                return found;
            found.AddRange(page.Events.Where(e => e.EventType.StartsWith(typePrefix, StringComparison.Ordinal))
                .Select(e => (e.EventType[(e.EventType.LastIndexOf('.') + 1)..], JsonDocument.Parse(e.Payload).RootElement.Clone())));
            cursor = page.Events[^1].Id;
        }
    }
}
