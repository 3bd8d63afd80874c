using System.Diagnostics;
using Complaints.Intake.Api.V1;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.Data.Sqlite;

namespace ListBenchmark;

/// <summary>
/// N complaints in a few shapes: three made through the real API (received; acknowledged with an officer; withdrawn),
/// then cloned in one SQLite transaction, each clone with its own id and reference and its whole history moved in time.
/// Columns are read from the database, so any release's schema clones; thresholds a release stores are left empty
/// for its start-up to work out, as after an upgrade. The mix: the newest 6% open (a third received, the rest being
/// investigated), and of the older ones one in twenty still open (a backlog, overdue), the rest withdrawn; received
/// over five years; 50 officers.
/// </summary>
internal static class Seeder
{
    private static readonly TimeSpan Span = TimeSpan.FromDays(5 * 365);

    public static async Task<Templates> MakeTemplatesAsync(CallInvoker calls, DateTimeOffset now)
    {
        var intake = new IntakeService.IntakeServiceClient(calls);
        var at = now.AddDays(-30);
        async Task<string> LogAsync() => (await intake.LogComplaintAsync(new LogComplaintRequest
        {
            Channel = Channel.Phone, Description = "The repair to my boiler was missed twice.", ResidentReference = "TEN-000123",
            ReceivedAt = Timestamp.FromDateTimeOffset(at),
        })).Complaint.Id;
        var received = await LogAsync();
        var investigating = await LogAsync();
        await intake.AcknowledgeComplaintAsync(new AcknowledgeComplaintRequest
        {
            ComplaintId = investigating, ComplaintDefinition = "Boiler", NamedOfficer = "Officer 0", OccurredAt = Timestamp.FromDateTimeOffset(at.AddHours(1)),
        });
        var withdrawn = await LogAsync();
        await intake.WithdrawComplaintAsync(new WithdrawComplaintRequest
        {
            ComplaintId = withdrawn, Reason = "Sorted by phone", OccurredAt = Timestamp.FromDateTimeOffset(at.AddDays(2)),
        });
        return new Templates(at, received, investigating, withdrawn);
    }

    public static TimeSpan Clone(string databaseFile, Templates templates, int count, DateTimeOffset now)
    {
        var watch = Stopwatch.StartNew();
        using var connection = new SqliteConnection($"Data Source={databaseFile}");
        connection.Open();
        using var transaction = connection.BeginTransaction();
        var upper = Scalar(connection, "SELECT \"Id\" FROM intake_complaints LIMIT 1") is { } id && id == id.ToUpperInvariant();
        var cloneComplaint = Command(connection, "intake_complaints", "Id", new()
        {
            ["Id"] = "@id", ["Reference"] = "@reference", ["ReceivedAt"] = "\"ReceivedAt\" + @shift", ["LoggedAt"] = "\"LoggedAt\" + @shift",
            ["NamedOfficer"] = "CASE WHEN \"NamedOfficer\" IS NULL THEN NULL ELSE @officer END",
        });
        var cloneCase = Command(connection, "lifecycle_cases", "ComplaintId", new()
        {
            ["ComplaintId"] = "@id", ["Reference"] = "@reference", ["ReceivedAt"] = "\"ReceivedAt\" + @shift",
            ["EnteredStageAt"] = "\"EnteredStageAt\" + @shift", ["DueSoonFrom"] = "NULL", ["OverdueFrom"] = "NULL", ["ClockBasis"] = "NULL",
        });
        var cloneHistory = Command(connection, "lifecycle_transitions", "ComplaintId", new()
        {
            ["Id"] = null, ["ComplaintId"] = "@id", ["OccurredAt"] = "\"OccurredAt\" + @shift", ["RecordedAt"] = "\"RecordedAt\" + @shift",
        });
        var step = TimeSpan.FromSeconds(Math.Floor(Span.TotalSeconds / count));
        for (var i = 0; i < count; i++)
        {
            var receivedAt = now.AddDays(-1) - step * i;
            var template = Shape(i, count, templates);
            // SQLite holds instants as EF Core's DateTimeOffsetToBinaryConverter writes them: (ticks / 1000) << 11 | offset.
            var shift = (receivedAt - templates.ReceivedAt).Ticks / 1000 * 2048;
            var newId = Guid.NewGuid().ToString();
            foreach (var command in new[] { cloneComplaint, cloneCase, cloneHistory })
            {
                command.Transaction = transaction;
                command.Parameters["@template"].Value = upper ? template.ToUpperInvariant() : template;
                command.Parameters["@id"].Value = upper ? newId.ToUpperInvariant() : newId;
                command.Parameters["@reference"].Value = $"CMP-B-{i:D7}";
                command.Parameters["@shift"].Value = shift;
                command.Parameters["@officer"].Value = $"Officer {i % 50}";
                command.ExecuteNonQuery();
            }
        }
        transaction.Commit();
        return watch.Elapsed;
    }

    private static string Shape(int i, int count, Templates templates) => i < count * 6 / 100
        ? i % 3 == 0 ? templates.Received : templates.Investigating
        : i % 20 == 0 ? templates.Investigating : templates.Withdrawn;

    /// <summary>INSERT … SELECT of the template's rows, every column copied unless overridden (null: left to the database).</summary>
    private static SqliteCommand Command(SqliteConnection connection, string table, string key, Dictionary<string, string?> overrides)
    {
        var columns = new List<string>();
        using (var info = connection.CreateCommand())
        {
            info.CommandText = $"SELECT name FROM pragma_table_info('{table}')";
            using var reader = info.ExecuteReader();
            while (reader.Read())
                columns.Add(reader.GetString(0));
        }
        var kept = columns.Where(c => !overrides.TryGetValue(c, out var value) || value is not null).ToList();
        var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", kept.Select(c => $"\"{c}\""))}) " +
            $"SELECT {string.Join(", ", kept.Select(c => overrides.GetValueOrDefault(c) ?? $"\"{c}\""))} FROM \"{table}\" WHERE \"{key}\" = @template";
        foreach (var name in new[] { "@template", "@id", "@reference", "@shift", "@officer" })
            command.Parameters.Add(new SqliteParameter(name, DBNull.Value));
        command.Prepare();
        return command;
    }

    private static string? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar() as string;
    }
}

/// <summary>The three complaints clones are made from, all received at one instant.</summary>
internal sealed record Templates(DateTimeOffset ReceivedAt, string Received, string Investigating, string Withdrawn);
