using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Complaints.EndToEnd.Tests.Host;

/// <summary>
/// Migrations are written by hand, so nothing else checks that they match the models: after start-up every table
/// and column each module's model maps to must exist in the real database.
/// </summary>
public sealed class MigrationTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task StartUp_CreatesEveryTableAndColumnOfEveryModuleModel(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);
        var checkedTables = new List<string>();

        foreach (var module in host.Services.GetServices<ModuleDatabase>())
        {
            await using var scope = host.Services.CreateAsyncScope();
            var context = (DbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
            Assert.Empty(await context.Database.GetPendingMigrationsAsync());
            foreach (var entity in context.Model.GetEntityTypes())
            {
                var table = entity.GetTableName()!;
                var columns = string.Join(", ", entity.GetProperties().Select(p => $"\"{p.GetColumnName()}\""));
                // Names come from our own model, not from input; a missing table or column makes this throw.
                var probe = $"SELECT {columns} FROM \"{table}\" WHERE 1 = 0";
                await context.Database.ExecuteSqlRawAsync(probe);
                checkedTables.Add(table);
            }
        }

        Assert.Contains("kernel_outbox", checkedTables);
        Assert.Contains("intake_complaints", checkedTables);
        Assert.Contains("lifecycle_transitions", checkedTables);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Tables_EachBelongToOneModuleAndCarryItsPrefix(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);
        var owners = new List<(string Module, string Table)>();

        foreach (var module in host.Services.GetServices<ModuleDatabase>())
        {
            await using var scope = host.Services.CreateAsyncScope();
            var context = (DbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
            var prefix = module.ContextType.Name.Replace("DbContext", "").ToLowerInvariant() + "_";
            owners.AddRange(context.Model.GetEntityTypes().Select(e => (prefix, e.GetTableName()!)));
        }

        Assert.True(owners.Count >= 7, string.Join(", ", owners));
        Assert.All(owners, o => Assert.StartsWith(o.Module, o.Table));
        Assert.Equal(owners.Count, owners.Select(o => o.Table).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AFirstStart_OnAnEmptyDatabase_LogsNoErrors(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);

        Assert.Contains(host.Logs.Entries, e => e.Message.StartsWith("Applying", StringComparison.Ordinal));
        Assert.Empty(host.Logs.Entries.Where(e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Error).Select(e => $"{e.Category}: {e.Message}"));
    }
}
