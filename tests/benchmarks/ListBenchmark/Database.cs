using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ListBenchmark;

/// <summary>The product's database as the host is configured with it: <c>Database:Provider</c> and its connection string.</summary>
internal sealed record Database(string Provider, string ConnectionString)
{
    public bool IsPostgres => Provider.Equals("PostgreSql", StringComparison.OrdinalIgnoreCase);

    public static Database Sqlite(string file) => new("Sqlite", $"Data Source={file}");

    /// <summary>A database of its own on the server the connection string names, so each seeded count starts empty.</summary>
    public static Database OnPostgresServer(string serverConnectionString, string name) =>
        new("PostgreSql", new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name }.ConnectionString);

    /// <summary>
    /// Makes the PostgreSQL database empty (the host would make it too, but its first connection to a missing database
    /// is logged as a failure); SQLite files are made by the host.
    /// </summary>
    public void Create()
    {
        if (!IsPostgres)
            return;
        Drop();
        var name = new NpgsqlConnectionStringBuilder(ConnectionString).Database;
        using var connection = new NpgsqlConnection(ServerConnectionString());
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        command.ExecuteNonQuery();
    }

    public DbConnection Open()
    {
        DbConnection connection = IsPostgres ? new NpgsqlConnection(ConnectionString) : new SqliteConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    /// <summary>Removes the PostgreSQL database (its connections closed first); a SQLite file goes with its folder.</summary>
    public void Drop()
    {
        if (!IsPostgres)
        {
            SqliteConnection.ClearAllPools();
            return;
        }
        NpgsqlConnection.ClearAllPools();
        var name = new NpgsqlConnectionStringBuilder(ConnectionString).Database;
        using var connection = new NpgsqlConnection(ServerConnectionString());
        connection.Open();
        using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        command.ExecuteNonQuery();
    }

    private string ServerConnectionString() => new NpgsqlConnectionStringBuilder(ConnectionString) { Database = "postgres" }.ConnectionString;
}
