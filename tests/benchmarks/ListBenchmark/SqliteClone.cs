using System.Data.Common;

namespace ListBenchmark;

/// <summary>SQLite: numbers from a recursive CTE, ids as TEXT in the case the product writes them, instants as EF Core's binary longs.</summary>
internal sealed class SqliteClone : SetwiseClone
{
    protected override string PlanTable => "CREATE TEMP TABLE clone_plan (i INTEGER PRIMARY KEY, id TEXT, template TEXT, shift INTEGER, reference TEXT, officer TEXT)";

    protected override string Numbers => "(WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < @count) SELECT i FROM n)";

    private bool _lowerCaseIds;

    // A random GUID in 8-4-4-4-12 form, as Guid.NewGuid would give (each randomblob() is called once), in the case the
    // templates' ids are stored in (hex() writes upper case).
    protected override string NewId => _lowerCaseIds ? $"lower({RandomGuid})" : RandomGuid;

    private const string RandomGuid =
        "hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(6))";

    protected override string Reference => "'CMP-B-' || printf('%07d', i)";

    protected override string Officer => "'Officer ' || (i % 50)";

    // EF Core's DateTimeOffsetToBinaryConverter stores (ticks / 1000) << 11 | offset minutes: a shift of that many
    // 100-µs units times 2048 moves the instant and keeps the offset bits. Integer division, as the old C# loop did.
    protected override string Shift(string first, string step) => $"(({first} - i * {step}) / 1000) * 2048";

    protected override object ShiftValue(TimeSpan span) => span.Ticks;

    protected override string ColumnsQuery => "SELECT name FROM pragma_table_info(@table)";

    // Ids are TEXT compared as written: clones must be in the case the product stores (upper case through
    // Microsoft.Data.Sqlite; an older release may differ), which the templates show.
    protected override object TemplateId(DbConnection connection, DbTransaction transaction, string id)
    {
        using var command = Command(connection, transaction, "SELECT \"Id\" FROM intake_complaints WHERE upper(\"Id\") = upper(@id)");
        Add(command, "@id", id);
        var stored = (string)command.ExecuteScalar()!;
        _lowerCaseIds = stored != stored.ToUpperInvariant();
        return stored;
    }
}
