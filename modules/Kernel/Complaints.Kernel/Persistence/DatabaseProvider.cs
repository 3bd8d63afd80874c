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
        _connectionString = Kind switch
        {
            DatabaseProviderKind.Sqlite => PrepareSqlite(options.Value.ConnectionString),
            DatabaseProviderKind.PostgreSql => PreparePostgreSql(options.Value.ConnectionString),
            _ => options.Value.ConnectionString,
        };
    }

    public DatabaseProviderKind Kind { get; }

    /// <summary>The queue of this process's SQLite write transactions (unused on the other providers).</summary>
    public WriterQueue SqliteWriters { get; } = new();

    public DbConnection CreateConnection() => Kind switch
    {
        DatabaseProviderKind.Sqlite => new SqliteConnection(_connectionString),
        DatabaseProviderKind.PostgreSql => new NpgsqlConnection(_connectionString),
        DatabaseProviderKind.SqlServer => new SqlConnection(_connectionString),
        _ => throw new InvalidOperationException($"Database:Provider {Kind} is not supported."),
    };

    /// <summary>
    /// A module context's provider, with that module's own migrations history table; no connection yet: each context is
    /// given the call's shared connection when it is made (<see cref="ModuleDbContext"/>).
    /// </summary>
    public void Configure(DbContextOptionsBuilder options, string migrationsHistoryTable)
    {
        _ = Kind switch
        {
            DatabaseProviderKind.Sqlite => options.UseSqlite(sqlite => sqlite.MigrationsHistoryTable(migrationsHistoryTable)),
            DatabaseProviderKind.PostgreSql => options.UseNpgsql(npgsql => npgsql.MigrationsHistoryTable(migrationsHistoryTable)),
            DatabaseProviderKind.SqlServer => options.UseSqlServer(sqlServer => sqlServer.MigrationsHistoryTable(migrationsHistoryTable)),
            _ => throw new InvalidOperationException($"Database:Provider {Kind} is not supported."),
        };
        // Start-up applies the committed migrations whatever the model says; a model change without its migration
        // fails GeneratedMigrationTests instead, which name the module.
        options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
    }

    /// <summary>
    /// Statements a pooled connection has run twice are prepared on the server and kept with it (unless the connection
    /// string says otherwise): a call's dozen statements are the same few shapes every time, and PostgreSQL then skips
    /// parsing and planning them.
    /// </summary>
    private static string PreparePostgreSql(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString }; // the keys as written
        if (given.ContainsKey("Max Auto Prepare") || given.ContainsKey("MaxAutoPrepare"))
            return connectionString;
        return new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = 100 }.ToString();
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
