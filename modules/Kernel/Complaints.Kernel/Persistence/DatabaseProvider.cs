using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Complaints.Kernel.Persistence;

/// <summary>The one place that knows which database is in use: makes connections and configures module DbContexts.</summary>
public sealed class DatabaseProvider
{
    private readonly string _connectionString;

    public DatabaseProvider(IOptions<DatabaseOptions> options)
    {
        Kind = options.Value.Provider;
        _connectionString = Kind == DatabaseProviderKind.Sqlite
            ? PrepareSqlite(options.Value.ConnectionString)
            : options.Value.ConnectionString;
    }

    public DatabaseProviderKind Kind { get; }

    public DbConnection CreateConnection() => Kind switch
    {
        DatabaseProviderKind.Sqlite => new SqliteConnection(_connectionString),
        DatabaseProviderKind.PostgreSql => new NpgsqlConnection(_connectionString),
        DatabaseProviderKind.SqlServer => new SqlConnection(_connectionString),
        _ => throw new InvalidOperationException($"Database:Provider {Kind} is not supported."),
    };

    /// <summary>Points a module's context at the shared connection, with that module's own migrations history table.</summary>
    public void Configure(DbContextOptionsBuilder options, DbConnection connection, string migrationsHistoryTable)
    {
        _ = Kind switch
        {
            DatabaseProviderKind.Sqlite => options.UseSqlite(connection, sqlite => sqlite.MigrationsHistoryTable(migrationsHistoryTable)),
            DatabaseProviderKind.PostgreSql => options.UseNpgsql(connection, npgsql => npgsql.MigrationsHistoryTable(migrationsHistoryTable)),
            DatabaseProviderKind.SqlServer => options.UseSqlServer(connection, sqlServer => sqlServer.MigrationsHistoryTable(migrationsHistoryTable)),
            _ => throw new InvalidOperationException($"Database:Provider {Kind} is not supported."),
        };
        // Migrations are written by hand (no Design package), so there is no model snapshot to compare with;
        // the migration tests check the schema against the model instead.
        options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
    }

    private static string PrepareSqlite(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is not (":memory:" or "") && builder.Mode != SqliteOpenMode.Memory)
        {
            builder.DataSource = Path.GetFullPath(builder.DataSource, Environment.CurrentDirectory);
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }
        builder.ForeignKeys ??= true;
        return builder.ToString();
    }
}
