using Microsoft.Data.SqlClient;
using Npgsql;

namespace Complaints.Testing;

/// <summary>
/// A fresh, empty database per test fixture: a SQLite file in a temp folder, a new database on the PostgreSQL server
/// that tests/run.sh starts (its address in COMPLAINTS_TEST_POSTGRES), or, when COMPLAINTS_TEST_SQLSERVER holds a
/// connection string, a new database on that SQL Server.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "COMPLAINTS_TEST_POSTGRES";

    public const string SqlServerVariable = "COMPLAINTS_TEST_SQLSERVER";

    private readonly string? _postgresName;
    private readonly string? _sqlServerName;
    private readonly string? _sqliteFolder;

    private TestDatabase(string provider, string connectionString, string? postgresName, string? sqliteFolder, string? sqlServerName = null)
    {
        _sqlServerName = sqlServerName;
        Provider = provider;
        ConnectionString = connectionString;
        _postgresName = postgresName;
        _sqliteFolder = sqliteFolder;
    }

    /// <summary>"Sqlite", "PostgreSql" or "SqlServer", as DatabaseOptions:Provider takes it.</summary>
    public string Provider { get; }

    public string ConnectionString { get; }

    /// <summary>SQLite and PostgreSQL; SQL Server too when COMPLAINTS_TEST_SQLSERVER is set (SqlServerFact says when not).</summary>
    public static IEnumerable<object[]> Providers =>
        SqlServer is null ? [["Sqlite"], ["PostgreSql"]] : [["Sqlite"], ["PostgreSql"], ["SqlServer"]];

    /// <summary>The SQL Server to test on, or null.</summary>
    public static string? SqlServer => Environment.GetEnvironmentVariable(SqlServerVariable) is { Length: > 0 } server ? server : null;

    /// <summary>Each case of a theory on each provider: the provider first, then the case's own arguments.</summary>
    public static IEnumerable<object?[]> OnEachProvider(params object?[][] cases) =>
        from provider in Providers from @case in cases select (object?[])[provider[0], .. @case];

    public static async Task<TestDatabase> CreateAsync(string provider)
    {
        if (provider == "Sqlite")
        {
            var folder = Directory.CreateTempSubdirectory("complaints-test-").FullName;
            return new TestDatabase(provider, $"Data Source={Path.Combine(folder, "test.db")}", null, folder);
        }
        if (provider == "SqlServer")
            return await CreateSqlServerAsync();
        var server = Environment.GetEnvironmentVariable(PostgresVariable)
            ?? throw new InvalidOperationException(
                $"{PostgresVariable} is not set: run tests/run.sh, which starts a throwaway PostgreSQL and sets it.");
        var name = "test_" + Guid.NewGuid().ToString("N");
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            await create.ExecuteNonQueryAsync();
        }
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new TestDatabase(provider, builder.ToString(), name, null);
    }

    private static async Task<TestDatabase> CreateSqlServerAsync()
    {
        var server = SqlServer ?? throw new InvalidOperationException($"{SqlServerVariable} is not set.");
        var name = "test_" + Guid.NewGuid().ToString("N");
        await using (var admin = new SqlConnection(server))
        {
            await admin.OpenAsync();
            await using var create = new SqlCommand($"CREATE DATABASE [{name}]", admin);
            await create.ExecuteNonQueryAsync();
        }
        var builder = new SqlConnectionStringBuilder(server) { InitialCatalog = name };
        return new TestDatabase("SqlServer", builder.ToString(), null, null, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (_sqlServerName is not null)
        {
            SqlConnection.ClearAllPools();
            await using var admin = new SqlConnection(SqlServer);
            await admin.OpenAsync();
            await using var drop = new SqlCommand(
                $"ALTER DATABASE [{_sqlServerName}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{_sqlServerName}]", admin);
            await drop.ExecuteNonQueryAsync();
        }
        if (_sqliteFolder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_sqliteFolder, recursive: true);
        }
        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(Environment.GetEnvironmentVariable(PostgresVariable));
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
