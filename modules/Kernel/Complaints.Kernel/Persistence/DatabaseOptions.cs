namespace Complaints.Kernel.Persistence;

/// <summary>Configuration section <c>Database</c>: which provider and where. SQLite under ./data/ needs no set-up.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProviderKind Provider { get; set; } = DatabaseProviderKind.Sqlite;

    /// <summary>For SQLite, a relative <c>Data Source</c> is resolved against the working directory.</summary>
    public string ConnectionString { get; set; } = "Data Source=data/complaints.db";

}

public enum DatabaseProviderKind
{
    Sqlite,
    PostgreSql,
    SqlServer,
}
