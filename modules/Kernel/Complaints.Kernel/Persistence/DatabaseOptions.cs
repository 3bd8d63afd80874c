namespace Complaints.Kernel.Persistence;

/// <summary>Configuration section <c>Database</c>: which provider and where. SQLite under ./data/ needs no set-up.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProviderKind Provider { get; set; } = DatabaseProviderKind.Sqlite;

    /// <summary>For SQLite, a relative <c>Data Source</c> is resolved against the working directory.</summary>
    public string ConnectionString { get; set; } = "Data Source=data/complaints.db";

    /// <summary>
    /// SQLite only: the memory SQLite may keep for the whole process (its page caches, one per pooled connection),
    /// in MiB. Past it SQLite recycles cached pages rather than grow; the operating system's file cache still holds the
    /// database. Without a bound, each of 64 busy connections kept up to 2 MiB: 128 MiB of a 300 MiB budget.
    /// </summary>
    public int SqliteMemoryLimitMiB { get; set; } = 32;
}

public enum DatabaseProviderKind
{
    Sqlite,
    PostgreSql,
    SqlServer,
}
