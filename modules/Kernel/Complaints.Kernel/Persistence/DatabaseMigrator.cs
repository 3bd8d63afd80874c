using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Complaints.Kernel.Persistence;

/// <summary>Applies every module's hand-written migrations at start-up, Kernel first, each with its own history table.</summary>
public static class DatabaseMigrator
{
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseMigrator));
        foreach (var database in services.GetServices<ModuleDatabase>())
        {
            await using var scope = services.CreateAsyncScope();
            var context = (DbContext)scope.ServiceProvider.GetRequiredService(database.ContextType);
            var pending = await PendingAsync(context, cancellationToken);
            if (pending.Count == 0)
                continue;
            logger.LogInformation("Applying {Count} migration(s) to {Context}: {Migrations}", pending.Count, database.ContextType.Name, pending);
            await context.Database.MigrateAsync(cancellationToken);
        }
    }

    /// <summary>
    /// The migrations not yet applied. EF Core reads the history table (here, and again inside Migrate) without knowing
    /// whether it exists, and on a fresh database each failed read is logged as an error, by EF and by the PostgreSQL
    /// server, twice per module. Creating the empty table first (CREATE TABLE IF NOT EXISTS) keeps a first start's log
    /// clean, so an error in it always means something. A database that does not exist yet is Migrate's to create.
    /// </summary>
    private static async Task<List<string>> PendingAsync(DbContext context, CancellationToken cancellationToken)
    {
        if (!await context.GetService<IRelationalDatabaseCreator>().ExistsAsync(cancellationToken))
            return context.Database.GetMigrations().ToList();
        await context.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
        return (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
    }
}
