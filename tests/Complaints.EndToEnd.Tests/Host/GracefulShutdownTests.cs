using Complaints.EndToEnd.Tests.Probe;
using Complaints.EndToEnd.Tests.Infrastructure;
using Grpc.Core;
using Grpc.Health.V1;
using Complaints.Testing.V1;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace Complaints.EndToEnd.Tests.Host;

public sealed class GracefulShutdownTests
{
    [Fact]
    public async Task Stop_FinishesTheCallsInFlightThenRefusesNewOnes()
    {
        var host = await RunningHost.StartAsync();
        var tag = Guid.NewGuid().ToString();
        var inFlight = host.Probe.SleepAsync(new SleepRequest { Milliseconds = 1_500, Tag = tag }).ResponseAsync;
        await host.Observations.WaitForAsync(ProbeObservations.Started(tag));

        await host.StopAsync();

        var response = await inFlight;
        Assert.True(response.Completed);
        Assert.Equal("completed", await host.Observations.WaitForAsync(tag));
        var refused = await Assert.ThrowsAsync<RpcException>(() => host.Probe.EchoAsync(new EchoRequest()).ResponseAsync);
        Assert.Equal(StatusCode.Unavailable, refused.StatusCode);
        await host.DisposeAsync();
    }

    [Fact]
    public async Task Stop_EndsHealthWatchesWithNotServing()
    {
        await using var host = await RunningHost.StartAsync();
        using var watch = host.Health.Watch(new HealthCheckRequest());
        Assert.True(await watch.ResponseStream.MoveNext());
        Assert.Equal(ServingStatus.Serving, watch.ResponseStream.Current.Status);

        var stopping = host.StopAsync();

        Assert.True(await watch.ResponseStream.MoveNext());
        Assert.Equal(ServingStatus.NotServing, watch.ResponseStream.Current.Status);
        Assert.False(await watch.ResponseStream.MoveNext());
        await stopping.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
