using Complaints.EndToEnd.Tests.Infrastructure;
using Grpc.Health.V1;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace Complaints.EndToEnd.Tests.Wire;

/// <summary>The health service reports the database, not just the process: a database that has gone away is NOT_SERVING.</summary>
public sealed class DatabaseHealthTests
{
    [Fact]
    public async Task Check_WhenTheDatabaseFileIsRemoved_IsNotServing()
    {
        var folder = Directory.CreateTempSubdirectory("complaints-health-").FullName;
        var database = Path.Combine(folder, "complaints.db");
        await using var host = await RunningHost.StartAsync($"--Database:ConnectionString=Data Source={database};Pooling=False");
        Assert.Equal(ServingStatus.Serving, (await host.Health.CheckAsync(new HealthCheckRequest())).Status);

        File.Delete(database);

        // A result stands for Health:ResultsFreshFor (1 s), so the change shows within a moment, not at once.
        var status = ServingStatus.Serving;
        for (var attempt = 0; attempt < 50 && status == ServingStatus.Serving; attempt++)
        {
            await Task.Delay(100);
            status = (await host.Health.CheckAsync(new HealthCheckRequest())).Status;
        }
        Assert.Equal(ServingStatus.NotServing, status);
    }
}
