using System.Data.Common;
using System.Diagnostics;

namespace ListBenchmark;

/// <summary>
/// Clones the template complaints N times in a few set-wise statements, in one transaction: first a plan (one row per
/// clone: its number, new id, template, time shift, reference and officer), then one INSERT … SELECT per table joining
/// the plan to the template's rows. Statement by statement per clone took 10 s for 100,000 on SQLite; this way the
/// database does the loop. Columns are read from the database, so any release's schema clones; every column is copied
/// from the template unless overridden below.
/// </summary>
internal abstract class SetwiseClone
{
    private static readonly TimeSpan Span = TimeSpan.FromDays(5 * 365);

    public static SetwiseClone For(Database database) => database.IsPostgres ? new PostgresClone() : new SqliteClone();

    public TimeSpan Run(Database database, Templates templates, int count, DateTimeOffset now)
    {
        var watch = Stopwatch.StartNew();
        using var connection = database.Open();
        using (var transaction = connection.BeginTransaction())
        {
            MakePlan(connection, transaction, templates, count, now);
            // A clone's instants are the template's moved by its shift, so its history keeps its gaps.
            Insert(connection, transaction, "intake_complaints", "Id", new()
            {
                ["Id"] = "p.id", ["Reference"] = "p.reference", ["ReceivedAt"] = "s.\"ReceivedAt\" + p.shift", ["LoggedAt"] = "s.\"LoggedAt\" + p.shift",
                ["NamedOfficer"] = "CASE WHEN s.\"NamedOfficer\" IS NULL THEN NULL ELSE p.officer END",
            });
            // Thresholds left empty, as after an upgrade: the host's start-up backfill works them out (working days
            // cannot be shifted by a fixed interval).
            Insert(connection, transaction, "lifecycle_cases", "ComplaintId", new()
            {
                ["ComplaintId"] = "p.id", ["Reference"] = "p.reference", ["ReceivedAt"] = "s.\"ReceivedAt\" + p.shift",
                ["EnteredStageAt"] = "s.\"EnteredStageAt\" + p.shift", ["DueSoonFrom"] = "NULL", ["OverdueFrom"] = "NULL", ["ClockBasis"] = "NULL",
            });
            Insert(connection, transaction, "lifecycle_transitions", "ComplaintId", new()
            {
                ["Id"] = null, ["ComplaintId"] = "p.id", ["OccurredAt"] = "s.\"OccurredAt\" + p.shift", ["RecordedAt"] = "s.\"RecordedAt\" + p.shift",
            });
            transaction.Commit();
        }
        AfterCommit(connection);
        return watch.Elapsed;
    }

    /// <summary>
    /// Fills the temporary table <c>clone_plan(i, id, template, shift, reference, officer)</c> with one row per clone.
    /// The shapes, as <see cref="Seeder"/> describes them: the newest 6% open (a third received, the rest being
    /// investigated), one in twenty older ones an open backlog, the rest withdrawn. Clone i is received at
    /// now − 1 day − i steps, the steps spreading the clones over five years; references CMP-B-0000000 on.
    /// </summary>
    private void MakePlan(DbConnection connection, DbTransaction transaction, Templates templates, int count, DateTimeOffset now)
    {
        Execute(connection, transaction, PlanTable);
        var step = TimeSpan.FromSeconds(Math.Floor(Span.TotalSeconds / count));
        // The templates' ids first: how they are stored decides how new ids are written (NewId).
        var (received, investigating, withdrawn) = (TemplateId(connection, transaction, templates.Received),
            TemplateId(connection, transaction, templates.Investigating), TemplateId(connection, transaction, templates.Withdrawn));
        using var plan = Command(connection, transaction, $"""
            INSERT INTO clone_plan (i, id, template, shift, reference, officer)
            SELECT i, {NewId}, CASE WHEN i < @open THEN CASE WHEN i % 3 = 0 THEN @received ELSE @investigating END
                                    WHEN i % 20 = 0 THEN @investigating ELSE @withdrawn END,
                   {Shift("@first", "@step")}, {Reference}, {Officer}
            FROM {Numbers}
            """);
        Add(plan, "@count", count);
        Add(plan, "@open", count * 6 / 100);
        Add(plan, "@received", received);
        Add(plan, "@investigating", investigating);
        Add(plan, "@withdrawn", withdrawn);
        Add(plan, "@first", ShiftValue(now.AddDays(-1) - templates.ReceivedAt));
        Add(plan, "@step", ShiftValue(step));
        plan.ExecuteNonQuery();
    }

    /// <summary>INSERT … SELECT of the templates' rows once per plan row; an override of null leaves the column to the database.</summary>
    private void Insert(DbConnection connection, DbTransaction transaction, string table, string key, Dictionary<string, string?> overrides)
    {
        var columns = new List<string>();
        using (var info = Command(connection, transaction, ColumnsQuery))
        {
            Add(info, "@table", table);
            using var reader = info.ExecuteReader();
            while (reader.Read())
                columns.Add(reader.GetString(0));
        }
        var kept = columns.Where(c => !overrides.TryGetValue(c, out var value) || value is not null).ToList();
        Execute(connection, transaction,
            $"INSERT INTO \"{table}\" ({string.Join(", ", kept.Select(c => $"\"{c}\""))}) " +
            $"SELECT {string.Join(", ", kept.Select(c => overrides.GetValueOrDefault(c) ?? $"s.\"{c}\""))} " +
            $"FROM clone_plan p JOIN \"{table}\" s ON s.\"{key}\" = p.template ORDER BY p.i");
    }

    // What differs between the databases.
    /// <summary>CREATE TEMPORARY TABLE clone_plan (i, id, template, shift, reference, officer), typed for the database.</summary>
    protected abstract string PlanTable { get; }

    /// <summary>The rows <c>i</c> = 0 … @count − 1.</summary>
    protected abstract string Numbers { get; }

    /// <summary>A fresh id for clone i, as the product stores ids.</summary>
    protected abstract string NewId { get; }

    protected abstract string Reference { get; }

    protected abstract string Officer { get; }

    /// <summary>Clone i's shift, <c>first − i × step</c>, in what adding to a stored instant moves it by.</summary>
    protected abstract string Shift(string first, string step);

    protected abstract object ShiftValue(TimeSpan span);

    protected abstract string ColumnsQuery { get; }

    /// <summary>A template's id as the database stores it.</summary>
    protected abstract object TemplateId(DbConnection connection, DbTransaction transaction, string id);

    protected virtual void AfterCommit(DbConnection connection)
    {
    }

    protected static void Execute(DbConnection connection, DbTransaction? transaction, string sql)
    {
        using var command = Command(connection, transaction, sql);
        command.ExecuteNonQuery();
    }

    protected static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = 0;   // a million rows take minutes on a busy machine
        return command;
    }

    protected static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
