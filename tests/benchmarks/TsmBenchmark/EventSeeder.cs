using System.Diagnostics;
using System.Globalization;
using ListBenchmark;
using Npgsql;
using NpgsqlTypes;

namespace TsmBenchmark;

/// <summary>
/// A stage 1 journey per complaint written straight into the event log (binary COPY into <c>kernel_events</c>), as the
/// modules would have published it, and the projector timed applying it.
/// </summary>
internal static class EventSeeder
{
    private static readonly DateTimeOffset Start = new(2025, 5, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Writes 9 events per complaint, received every <paramref name="spacing"/> (7 minutes unless given); returns the last event id.</summary>
    public static long Write(Database database, int complaints, TimeSpan? spacing = null)
    {
        using var connection = (NpgsqlConnection)database.Open();
        // Recorded an hour ago: readers wait a moment for ids that may still commit, never for these.
        var recordedAt = DateTimeOffset.UtcNow.AddHours(-1);
        using (var copy = connection.BeginBinaryImport(
            """COPY kernel_events ("EventType", "Payload", "RecordedAt", "CorrelationId") FROM STDIN (FORMAT BINARY)"""))
        {
            for (var i = 0; i < complaints; i++)
            {
                foreach (var (type, payload) in Journey(i, Start + (spacing ?? TimeSpan.FromMinutes(7)) * i))
                {
                    copy.StartRow();
                    copy.Write(type, NpgsqlDbType.Varchar);
                    copy.Write(payload, NpgsqlDbType.Text);
                    copy.Write(recordedAt, NpgsqlDbType.TimestampTz);
                    copy.Write($"benchmark-{i}", NpgsqlDbType.Text);
                }
            }
            copy.Complete();
        }
        using var last = new NpgsqlCommand("SELECT max(\"Id\") FROM kernel_events", connection);
        return (long)last.ExecuteScalar()!;
    }

    /// <summary>Empties the read model and puts its cursor back to the start, as a rebuild does.</summary>
    public static void ResetReadModel(Database database)
    {
        using var connection = (NpgsqlConnection)database.Open();
        using var reset = new NpgsqlCommand(
            "DELETE FROM reporting_complaint_learning; DELETE FROM reporting_complaints; DELETE FROM reporting_cursor;", connection);
        reset.ExecuteNonQuery();
        using var analyse = new NpgsqlCommand("VACUUM ANALYZE reporting_complaints", connection);
        analyse.ExecuteNonQuery();
    }

    /// <summary>Polls the cursor until it reaches <paramref name="lastId"/>; events applied and seconds from its first move.</summary>
    public static async Task<(long Applied, double Seconds)> TimeProjectorAsync(Database database, long lastId)
    {
        await using var connection = (NpgsqlConnection)database.Open();
        await using var read = new NpgsqlCommand("SELECT coalesce(max(\"EventId\"), 0) FROM reporting_cursor", connection);
        long first = 0;
        Stopwatch? watch = null;
        while (true)
        {
            var cursor = (long)(await read.ExecuteScalarAsync())!;
            if (watch is null && cursor > 0)
                (first, watch) = (cursor, Stopwatch.StartNew());
            if (cursor >= lastId)
                return (lastId - first, watch!.Elapsed.TotalSeconds);
            await Task.Delay(20);
        }
    }

    private static IEnumerable<(string Type, string Payload)> Journey(int i, DateTimeOffset received)
    {
        var id = Guid.CreateVersion7();
        var reference = $"CMP-T-{i:D7}";
        string At(DateTimeOffset instant) => instant.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        string Stage(string? from, string to, string trigger, DateTimeOffset at, int version) =>
            $$"""{"complaintId":"{{id}}","reference":"{{reference}}","from":{{(from is null ? "null" : $"\"{from}\"")}},"to":"{{to}}","trigger":"{{trigger}}","occurredAt":"{{At(at)}}","actor":"benchmark","version":{{version}}}""";
        string Clock(string name, DateTimeOffset due, DateTimeOffset met) =>
            $$"""{"complaintId":"{{id}}","clock":"{{name}}","dueBy":"{{At(due)}}","metAt":"{{At(met)}}","metOnTime":{{(met < due ? "true" : "false")}},"extendedByWorkingDays":0,"dueByBeforeExtension":null,"occurredAt":"{{At(met)}}"}""";
        var acknowledged = received.AddDays(1);
        var responded = received.AddDays(i % 5 == 0 ? 20 : 8);
        yield return ("complaints.intake.v1.ComplaintLogged",
            $$"""{"complaintId":"{{id}}","reference":"{{reference}}","channel":"Phone","receivedAt":"{{At(received)}}","residentReference":"TEN-{{i % 1000}}","propertyReference":null,"category":"Repairs"}""");
        yield return ("complaints.lifecycle.v1.ComplaintStageChanged", Stage(null, "Received", "Log", received, 1));
        yield return ("complaints.lifecycle.v1.ComplaintStageChanged", Stage("Received", "Stage1Pending", "Accept", acknowledged, 2));
        yield return ("complaints.lifecycle.v1.ComplaintStageChanged", Stage("Stage1Pending", "Stage1Investigating", "Acknowledge", acknowledged, 3));
        yield return ("complaints.lifecycle.v1.ComplaintClockSettled", Clock("stage1.acknowledge", received.AddDays(7), acknowledged));
        yield return ("complaints.housing_system.v1.ComplaintStockTypeResolved",
            $$"""{"complaintId":"{{id}}","stockType":"{{(i % 4 == 0 ? "LowCostHomeOwnership" : "LowCostRental")}}","tenureType":"SocialRent","occurredAt":"{{At(received)}}"}""");
        yield return ("complaints.lifecycle.v1.ComplaintStageChanged", Stage("Stage1Investigating", "Stage1Responded", "IssueStage1Response", responded, 4));
        yield return ("complaints.lifecycle.v1.ComplaintClockSettled", Clock("stage1.respond", acknowledged.AddDays(14), responded));
        yield return ("complaints.investigation.v1.ResponseIssued",
            $$"""{"complaintId":"{{id}}","responseId":{{i + 1}},"stage":1,"issuedAt":"{{At(responded)}}","outcomes":[{"point":"Boiler","outcome":"Upheld"}],"remedyKinds":["Apology"],"issuedBy":"benchmark","handlingOfficer":"Officer {{i % 50}}","themes":["RepairsDelays"],"rootCauses":["Capacity"]}""");
    }
}
