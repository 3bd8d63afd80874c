using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.Grpc;
using Complaints.Grpc.Client;
using Complaints.Grpc.Health;
using Grpc.Health.V1;
using Microsoft.Extensions.DependencyInjection;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace Complaints.EndToEnd.Tests.Grpc;

[Collection(HostCollection.Name)]
public sealed class HealthTests(HostFixture fixture)
{
    private GrpcClient Client => fixture.Host.Client;

    private HealthStatusRegistry Registry => fixture.Host.Services.GetRequiredService<HealthStatusRegistry>();

    [Theory]
    [InlineData("")]
    [InlineData("complaints.system.v1.SystemService")]
    [InlineData("grpc.health.v1.Health")]
    public async Task Check_WhenServerIsUp_IsServing(string service)
    {
        var response = await Client.UnaryAsync(StandardServices.HealthCheck, new HealthCheckRequest { Service = service });

        Assert.Equal(ServingStatus.Serving, response.Status);
    }

    [Fact]
    public async Task Check_WhenServiceIsUnknown_IsNotFound()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            Client.UnaryAsync(StandardServices.HealthCheck, new HealthCheckRequest { Service = "no.such.Service" }));

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
    }

    [Fact]
    public async Task Watch_SendsTheCurrentStatusThenEachChange()
    {
        var service = "test.Watched" + Guid.NewGuid().ToString("N");
        using var call = await Client.ServerStreamingAsync(StandardServices.HealthWatch, new HealthCheckRequest { Service = service },
            CallOptions.WithTimeout(TimeSpan.FromSeconds(10)));

        Assert.True(await call.ResponseStream.MoveNext());
        Assert.Equal(ServingStatus.ServiceUnknown, call.ResponseStream.Current.Status);
        Registry.SetStatus(service, ServingStatus.Serving);
        Assert.True(await call.ResponseStream.MoveNext());
        Assert.Equal(ServingStatus.Serving, call.ResponseStream.Current.Status);
        Registry.SetStatus(service, ServingStatus.NotServing);
        Assert.True(await call.ResponseStream.MoveNext());
        Assert.Equal(ServingStatus.NotServing, call.ResponseStream.Current.Status);
    }

    [Fact]
    public async Task List_IncludesTheServerAndEveryRegisteredService()
    {
        var response = await Client.UnaryAsync(StandardServices.HealthList, new HealthListRequest());

        Assert.Contains("", response.Statuses.Keys);
        Assert.Contains("complaints.system.v1.SystemService", response.Statuses.Keys);
        Assert.Contains("grpc.reflection.v1.ServerReflection", response.Statuses.Keys);
    }
}
