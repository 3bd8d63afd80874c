using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Complaints.EndToEnd.Tests.Host;

/// <summary>
/// On a live SQL Server (COMPLAINTS_TEST_SQLSERVER), which also adds SqlServer to every test's providers; without one
/// these are skipped with the reason, so a run says plainly that nothing ran on SQL Server.
/// </summary>
public sealed class SqlServerTests
{
    [SqlServerFact]
    public async Task StartUp_OnAnEmptySqlServerDatabase_AppliesEveryGeneratedMigration()
    {
        await using var database = await TestDatabase.CreateAsync("SqlServer");
        await using var host = await RunningHost.StartOnAsync(database);

        foreach (var module in host.Services.GetServices<ModuleDatabase>())
        {
            await using var scope = host.Services.CreateAsyncScope();
            var context = (DbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
            Assert.NotEmpty(await context.Database.GetAppliedMigrationsAsync());
            Assert.Empty(await context.Database.GetPendingMigrationsAsync());
        }
    }

    [SqlServerFact]
    public async Task LogComplaint_OnSqlServer_TakesReferencesInTurnAndReplaysAnIdempotencyKey()
    {
        await using var database = await TestDatabase.CreateAsync("SqlServer");
        await using var host = await RunningHost.StartOnAsync(database);
        var request = IntakeMethods.ValidRequest();
        request.IdempotencyKey = "sql-server-1";
        var other = IntakeMethods.ValidRequest();
        other.IdempotencyKey = "sql-server-2";

        var first = await host.Intake.LogComplaintAsync(request);
        var replay = await host.Intake.LogComplaintAsync(request);
        var second = await host.Intake.LogComplaintAsync(other);

        Assert.Equal(first.Complaint.Reference, replay.Complaint.Reference);
        Assert.NotEqual(first.Complaint.Reference, second.Complaint.Reference);
    }
}
