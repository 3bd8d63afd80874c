using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Complaints.EndToEnd.Tests.Backups;

/// <summary>
/// Takes an online backup of a live database into another, as the README's backup procedure says: SQLite's backup API
/// (what <c>sqlite3 db ".backup file"</c> calls), and for PostgreSQL <c>pg_dump -Fc</c> then <c>pg_restore</c>.
/// </summary>
internal static class DatabaseBackup
{
    private const string PostgresBin = "/usr/lib/postgresql/15/bin";

    public static async Task CopyAsync(TestDatabase live, TestDatabase restoreInto)
    {
        if (live.Provider == "Sqlite")
            CopySqlite(live.ConnectionString, restoreInto.ConnectionString);
        else if (live.Provider == "PostgreSql")
            await DumpAndRestorePostgresAsync(live.ConnectionString, restoreInto.ConnectionString);
        else
            throw new NotSupportedException($"No backup procedure is written for {live.Provider}.");
    }

    // One step copies every page under a read lock: writers wait for it (their busy timeout) rather than fail, and the
    // copy is one consistent state of the database — unlike copying a file that is being written.
    private static void CopySqlite(string live, string target)
    {
        using var source = new SqliteConnection(live);
        source.Open();
        using var destination = new SqliteConnection(target);
        destination.Open();
        source.BackupDatabase(destination);
        using var check = destination.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        var result = check.ExecuteScalar() as string;
        if (result != "ok")
            throw new InvalidOperationException($"The backup failed its integrity check: {result}");
    }

    // pg_dump reads one snapshot (a repeatable-read transaction) while writers carry on; pg_restore loads it into an
    // empty database.
    private static async Task DumpAndRestorePostgresAsync(string live, string target)
    {
        var dump = Path.Combine(Directory.CreateTempSubdirectory("complaints-dump-").FullName, "complaints.dump");
        try
        {
            var source = new NpgsqlConnectionStringBuilder(live);
            await RunAsync("pg_dump", source, "--format=custom", "--no-owner", $"--file={dump}", source.Database!);
            var destination = new NpgsqlConnectionStringBuilder(target);
            await RunAsync("pg_restore", destination, "--no-owner", "--exit-on-error", $"--dbname={destination.Database}", dump);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(dump)!, recursive: true);
        }
    }

    private static async Task RunAsync(string tool, NpgsqlConnectionStringBuilder server, params string[] arguments)
    {
        var start = new ProcessStartInfo(File.Exists(Path.Combine(PostgresBin, tool)) ? Path.Combine(PostgresBin, tool) : tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in (string[])[$"--host={server.Host}", $"--port={server.Port}", $"--username={server.Username}", .. arguments])
            start.ArgumentList.Add(argument);
        if (server.Password is { Length: > 0 } password)
            start.Environment["PGPASSWORD"] = password;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {tool}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{tool} exited {process.ExitCode}: {await output}{await errors}");
    }
}
