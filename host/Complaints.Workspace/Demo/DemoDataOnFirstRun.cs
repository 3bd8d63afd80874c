using Complaints.Client;
using Complaints.Client.Demo;
using Complaints.Intake.Api.V1;
using Complaints.Workspace.Api;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Complaints.Workspace.Demo;

/// <summary>
/// On a first run in Development (no complaint in the database yet), seeds the demo data set through the API, as the
/// development people, so the README's run command opens a workspace with work in it. Runs once the server listens.
/// </summary>
internal sealed class DemoDataOnFirstRun(WorkspaceChannel channel, IHostApplicationLifetime lifetime, TimeProvider clock, ILogger<DemoDataOnFirstRun> logger)
    : BackgroundService
{
    private const int Complaints = 40;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        using var registration = lifetime.ApplicationStarted.Register(started.SetResult);
        await started.Task.WaitAsync(stoppingToken);
        try
        {
            var handler = Api(DemoPeople.Handler);
            var existing = await handler.Intake.ListComplaintsAsync(new ListComplaintsRequest { PageSize = 1 }, cancellationToken: stoppingToken);
            if (existing.Complaints.Count > 0)
                return;
            logger.LogInformation("First run in Development: seeding {Complaints} demo complaints through the API.", Complaints);
            await new DemoDataSeeder(Api, clock).SeedAsync(Complaints, cancellationToken: stoppingToken);
            logger.LogInformation("Demo data seeded: open /workspace on the HTTP endpoint.");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Seeding the demo data failed; the workspace works without it (`complaints seed` adds it).");
        }
    }

    private ComplaintsApi Api((string Id, string Role) person) => new(channel.Channel, ApiCredentials.Development(person.Id, [person.Role]));
}
