using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Complaints.EndToEnd.Tests.Fuzz;

/// <summary>
/// Rows in every table the database's catalog lists, and the sum of each <c>Version</c> column (an aggregate changed
/// in place moves it on): taken before and after each call, so a refused call that left anything behind shows.
/// </summary>
public sealed class RowCounts : IAsyncDisposable
{
    private readonly DbConnection _connection;
    private readonly string _query;

    private RowCounts(DbConnection connection, string query)
    {
        _connection = connection;
        _query = query;
    }

    public static async Task<RowCounts> OpenAsync(TestDatabase database)
    {
        var postgres = database.Provider == "PostgreSql";
        DbConnection connection = postgres ? new NpgsqlConnection(database.ConnectionString) : new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        var columns = new List<(string Table, string Column)>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = postgres
                ? "SELECT quote_ident(table_schema) || '.' || quote_ident(table_name), column_name FROM information_schema.columns "
                  + "WHERE table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1, ordinal_position"
                : "SELECT '\"' || m.name || '\"', p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p "
                  + "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' ORDER BY 1, p.cid";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                columns.Add((reader.GetString(0), reader.GetString(1)));
        }
        // The audit of access records every call, refused ones too, by design: it is not what a refusal may leave behind.
        columns.RemoveAll(c => c.Table.Contains("kernel_audit", StringComparison.Ordinal));
        var parts = columns.Select(c => c.Table).Distinct().Select(t => $"SELECT '{t} rows', count(*) FROM {t}")
            .Concat(columns.Where(c => c.Column.Equals("version", StringComparison.OrdinalIgnoreCase))
                .Select(c => $"SELECT '{c.Table} version sum', coalesce(sum(\"{c.Column}\"), 0) FROM {c.Table}"));
        return new RowCounts(connection, string.Join(" UNION ALL ", parts));
    }

    public async Task<IReadOnlyDictionary<string, long>> TakeAsync()
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = _query;
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            counts[reader.GetString(0)] = Convert.ToInt64(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture);
        return counts;
    }

    /// <summary>"intake_complaints rows +1", for each count that moved.</summary>
    public static IReadOnlyList<string> Changes(IReadOnlyDictionary<string, long> before, IReadOnlyDictionary<string, long> after) =>
        after.Where(a => before.GetValueOrDefault(a.Key) != a.Value)
            .Select(a => $"{a.Key.Replace("\"", "", StringComparison.Ordinal)} {a.Value - before.GetValueOrDefault(a.Key):+#;-#}").ToList();

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
