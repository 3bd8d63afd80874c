using System.Data.Common;
using Complaints.Testing;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Complaints.EndToEnd.Tests.Infrastructure;

/// <summary>What a test database holds, read from the database itself: tables, columns with their types, indexes, rows.</summary>
public static class DatabaseSchema
{
    /// <summary>Runs a SQL file (a dump of a database) on an empty test database.</summary>
    public static async Task LoadAsync(TestDatabase database, string sqlFile)
    {
        await using var connection = Open(database);
        await using var command = connection.CreateCommand();
        command.CommandText = await File.ReadAllTextAsync(sqlFile);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Runs one statement.</summary>
    public static async Task ExecuteAsync(TestDatabase database, string sql)
    {
        await using var connection = Open(database);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>One line per column ("table.column type null") and per index ("table index name"), sorted.</summary>
    public static async Task<List<string>> DescribeAsync(TestDatabase database)
    {
        var sql = database.Provider == "Sqlite"
            ? """
              SELECT m.name || '.' || c.name || ' ' || c.type || CASE c."notnull" WHEN 1 THEN ' not null' ELSE ' null' END
              FROM sqlite_master m JOIN pragma_table_info(m.name) c WHERE m.type = 'table'
              UNION ALL
              SELECT tbl_name || ' index ' || name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_autoindex%'
              """
            : """
              SELECT table_name || '.' || column_name || ' ' || data_type || coalesce('(' || character_maximum_length || ')', '')
                     || CASE is_nullable WHEN 'NO' THEN ' not null' ELSE ' null' END
              FROM information_schema.columns WHERE table_schema = 'public'
              UNION ALL
              SELECT tablename || ' index ' || indexname FROM pg_indexes WHERE schemaname = 'public'
              """;
        var lines = await ReadAsync(database, sql);
        return lines.Where(IsModuleTable).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Row counts of every module table (history tables aside).</summary>
    public static async Task<Dictionary<string, long>> CountRowsAsync(TestDatabase database)
    {
        var sql = database.Provider == "Sqlite"
            ? "SELECT name FROM sqlite_master WHERE type = 'table'"
            : "SELECT tablename FROM pg_tables WHERE schemaname = 'public'";
        var counts = new Dictionary<string, long>();
        foreach (var table in (await ReadAsync(database, sql)).Where(IsModuleTable))
            counts[table] = long.Parse((await ReadAsync(database, $"SELECT count(*) FROM \"{table}\"")).Single());
        return counts;
    }

    /// <summary>Module tables carry their module's prefix; the migrations history tables and EF's lock table are not data.</summary>
    private static bool IsModuleTable(string line) =>
        !line.StartsWith("sqlite_", StringComparison.Ordinal) && !line.StartsWith("__EF", StringComparison.Ordinal)
        && !line.Split([' ', '.'], 2)[0].EndsWith("_migrations", StringComparison.Ordinal);

    /// <summary>The first column of every row a query returns, as text.</summary>
    public static async Task<List<string>> ReadAsync(TestDatabase database, string sql)
    {
        await using var connection = Open(database);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            lines.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        return lines;
    }

    private static DbConnection Open(TestDatabase database)
    {
        DbConnection connection = database.Provider == "Sqlite"
            ? new SqliteConnection(database.ConnectionString)
            : new NpgsqlConnection(database.ConnectionString);
        connection.Open();
        return connection;
    }
}
