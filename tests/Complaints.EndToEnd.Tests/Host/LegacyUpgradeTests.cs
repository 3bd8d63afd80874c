using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using IntakeApi = Complaints.Intake.Api.V1;

namespace Complaints.EndToEnd.Tests.Host;

/// <summary>
/// A database made by the hand-written migrations of earlier releases upgrades in place. LegacyDatabases/ holds dumps of
/// such databases (made by commit f8b1200's migrations, rows left by its end-to-end flows, an outbox and inbox row).
/// </summary>
public sealed class LegacyUpgradeTests
{
    [Theory]
    [MemberData(nameof(LegacyProviders))]
    public async Task StartUp_OnADatabaseMadeByTheHandWrittenMigrations_UpgradesItInPlaceAndKeepsEveryRow(string provider)
    {
        await using var legacy = await TestDatabase.CreateAsync(provider);
        await DatabaseSchema.LoadAsync(legacy, LegacyDump(provider));
        var before = await DatabaseSchema.CountRowsAsync(legacy);

        await using (var host = await RunningHost.StartOnAsync(legacy))
        {
            foreach (var module in host.Services.GetServices<ModuleDatabase>())
            {
                await using var scope = host.Services.CreateAsyncScope();
                var context = (DbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
                Assert.Empty(await context.Database.GetPendingMigrationsAsync());
            }
            var complaint = await host.Intake.GetComplaintAsync(new IntakeApi.GetComplaintRequest { Reference = "CMP-2026-000001" });
            Assert.Equal("CMP-2026-000001", complaint.Complaint.Reference);
        }

        var after = await DatabaseSchema.CountRowsAsync(legacy);
        Assert.Equal(before, after.Where(table => before.ContainsKey(table.Key)).ToDictionary());
        // Tables added since start empty; the audit of access alone holds the calls this test made, and the leases the
        // background work this host ran.
        Assert.All(after.Where(table => !before.ContainsKey(table.Key) && !table.Key.StartsWith("kernel_audit", StringComparison.Ordinal) && table.Key != "kernel_leases"),
            added => Assert.Equal(0, added.Value));
        Assert.All(before, table => Assert.True(table.Value > 0, $"{table.Key} held no row to keep"));
        await using var fresh = await TestDatabase.CreateAsync(provider);
        await (await RunningHost.StartOnAsync(fresh)).DisposeAsync();
        Assert.Equal(await DatabaseSchema.DescribeAsync(fresh), await DatabaseSchema.DescribeAsync(legacy));
    }

    [Theory]
    [MemberData(nameof(LegacyProviders))]
    public async Task StartUp_WhenTheHandWrittenMigrationsWereOnlyPartlyApplied_RefusesNamingWhatIsMissing(string provider)
    {
        await using var legacy = await TestDatabase.CreateAsync(provider);
        await DatabaseSchema.LoadAsync(legacy, LegacyDump(provider));
        await DatabaseSchema.ExecuteAsync(legacy, """DELETE FROM intake_migrations WHERE "MigrationId" = '20261122214000_AddContactRouting'""");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => RunningHost.StartOnAsync(legacy));

        Assert.Contains("20261122214000_AddContactRouting", error.Message);
    }

    /// <summary>Hand-written migrations never ran on SQL Server: it starts at the generated Initial.</summary>
    public static IEnumerable<object[]> LegacyProviders => [["Sqlite"], ["PostgreSql"]];

    private static string LegacyDump(string provider) =>
        Path.Combine(RepoPaths.Root, "tests", "Complaints.EndToEnd.Tests", "Host", "LegacyDatabases", provider == "Sqlite" ? "sqlite.sql" : "postgres.sql");
}
