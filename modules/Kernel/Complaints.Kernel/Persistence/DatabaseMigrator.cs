using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Complaints.Kernel.Persistence;

/// <summary>
/// Applies every module's migrations at start-up, Kernel first, each with its own history table, then every module's
/// <see cref="IStartupBackfill"/>. A database made by the hand-written migrations of earlier releases is first brought
/// onto the generated ones (<see cref="BaselineAsync"/>).
/// </summary>
public static class DatabaseMigrator
{
    /// <summary>The name of each module's first generated migration on SQLite and PostgreSQL.</summary>
    public const string Baseline = "Baseline";

    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseMigrator));
        foreach (var database in services.GetServices<ModuleDatabase>())
        {
            await using var scope = services.CreateAsyncScope();
            var context = (DbContext)scope.ServiceProvider.GetRequiredService(database.ContextType);
            var pending = await PendingAsync(context, logger, cancellationToken);
            if (pending.Count == 0)
                continue;
            logger.LogInformation("Applying {Count} migration(s) to {Context}: {Migrations}", pending.Count, database.ContextType.Name, pending);
            await context.Database.MigrateAsync(cancellationToken);
        }
        await BackfillAsync(services, cancellationToken);
    }

    private static async Task BackfillAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        foreach (var backfill in scope.ServiceProvider.GetServices<IStartupBackfill>())
            await backfill.RunAsync(cancellationToken);
    }

    /// <summary>
    /// The migrations not yet applied. EF Core reads the history table (here, and again inside Migrate) without knowing
    /// whether it exists, and on a fresh database each failed read is logged as an error, by EF and by the PostgreSQL
    /// server, twice per module. Creating the empty table first (CREATE TABLE IF NOT EXISTS) keeps a first start's log
    /// clean, so an error in it always means something. A database that does not exist yet is Migrate's to create.
    /// </summary>
    private static async Task<List<string>> PendingAsync(DbContext context, ILogger logger, CancellationToken cancellationToken)
    {
        if (!await context.GetService<IRelationalDatabaseCreator>().ExistsAsync(cancellationToken))
            return context.Database.GetMigrations().ToList();
        await context.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
        await BaselineAsync(context, logger, cancellationToken);
        return (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
    }

    /// <summary>
    /// When the history table holds every hand-written migration the module's Baseline replaces and not the Baseline,
    /// the schema is already the Baseline's: record it as applied, so only the migrations after it run. Called once the
    /// history table exists, so a fresh database logs no failed query.
    /// </summary>
    private static async Task BaselineAsync(DbContext context, ILogger logger, CancellationToken cancellationToken)
    {
        var replaced = ((ModuleDbContext)context).MigrationsReplacedByBaseline;
        var baseline = context.Database.GetMigrations().FirstOrDefault(m => m.EndsWith("_" + Baseline, StringComparison.Ordinal));
        if (replaced.Count == 0 || baseline is null)
            return;
        var history = context.GetService<IHistoryRepository>();
        var applied = (await history.GetAppliedMigrationsAsync(cancellationToken)).Select(row => row.MigrationId).ToHashSet();
        if (applied.Contains(baseline) || !applied.Overlaps(replaced))
            return;
        var missing = replaced.Where(id => !applied.Contains(id)).ToList();
        if (missing.Count > 0)
            throw new InvalidOperationException(
                $"{context.GetType().Name}: this database was made by an older release and lacks the hand-written migration(s) " +
                $"{string.Join(", ", missing)}. Start the last release with hand-written migrations on it once, then this one.");
        await context.Database.ExecuteSqlRawAsync(history.GetInsertScript(new HistoryRow(baseline, ProductInfo.GetVersion())), cancellationToken);
        logger.LogInformation("{Context}: the database was made by the hand-written migrations; recorded {Baseline} as applied",
            context.GetType().Name, baseline);
    }
}
