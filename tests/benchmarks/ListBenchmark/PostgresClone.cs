using System.Data.Common;

namespace ListBenchmark;

/// <summary>PostgreSQL: numbers from generate_series, ids as uuid, instants as timestamptz moved by an interval.</summary>
internal sealed class PostgresClone : SetwiseClone
{
    protected override string PlanTable =>
        "CREATE TEMP TABLE clone_plan (i integer PRIMARY KEY, id uuid, template uuid, shift interval, reference text, officer text) ON COMMIT DROP";

    protected override string Numbers => "generate_series(0, @count - 1) AS i";

    // Random (version 4), as Guid.NewGuid would give.
    protected override string NewId => "gen_random_uuid()";

    protected override string Reference => "'CMP-B-' || lpad(i::text, 7, '0')";

    protected override string Officer => "'Officer ' || (i % 50)";

    // Microseconds, timestamptz's resolution.
    protected override string Shift(string first, string step) => $"({first} - i * {step}) * interval '1 microsecond'";

    protected override object ShiftValue(TimeSpan span) => span.Ticks / 10;

    protected override string ColumnsQuery =>
        "SELECT column_name::text FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = @table ORDER BY ordinal_position";

    protected override object TemplateId(DbConnection connection, DbTransaction transaction, string id) => Guid.Parse(id);

    // Statistics for the planner, as autovacuum would have gathered them on a table that grew day by day; a million rows
    // inserted at once would otherwise be planned as the near-empty tables the last analysis saw.
    protected override void AfterCommit(DbConnection connection) =>
        Execute(connection, null, "ANALYZE intake_complaints, lifecycle_cases, lifecycle_transitions");
}
