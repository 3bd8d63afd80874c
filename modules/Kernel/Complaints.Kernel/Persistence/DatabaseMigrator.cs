using Microsoft.EntityFrameworkCore;
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
            var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count == 0)
                continue;
            logger.LogInformation("Applying {Count} migration(s) to {Context}: {Migrations}", pending.Count, database.ContextType.Name, pending);
            await context.Database.MigrateAsync(cancellationToken);
        }
    }
}
