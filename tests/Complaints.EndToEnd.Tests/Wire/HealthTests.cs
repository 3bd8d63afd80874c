using Complaints.EndToEnd.Tests.Infrastructure;
using Grpc.Core;
using Grpc.Health.V1;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace Complaints.EndToEnd.Tests.Wire;

/// <summary>grpc.health.v1.Health from Grpc.AspNetCore.HealthChecks, fed by the server's own checks (database, migrations, outbox backlog, shutdown).</summary>
[Collection(HostCollection.Name)]
public sealed class HealthTests(HostFixture fixture)
{
    [Theory]
    [InlineData("")]
    [InlineData("complaints.system.v1.SystemService")]
    [InlineData("complaints.intake.v1.IntakeService")]
    [InlineData("complaints.ombudsman_liaison.v1.OmbudsmanLiaisonService")]
    public async Task Check_WhenTheDatabaseIsUpAndMigrated_IsServing(string service)
    {
        var response = await fixture.Host.Health.CheckAsync(new HealthCheckRequest { Service = service });

        Assert.Equal(ServingStatus.Serving, response.Status);
    }

    [Fact]
    public async Task Check_WhenServiceIsUnknown_IsNotFound()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            fixture.Host.Health.CheckAsync(new HealthCheckRequest { Service = "no.such.Service" }).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
    }
}
