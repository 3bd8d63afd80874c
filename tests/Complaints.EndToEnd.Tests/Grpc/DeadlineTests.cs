using Complaints.EndToEnd.Tests.Probe;
using System.Diagnostics;
using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.Grpc;
using Complaints.Grpc.Client;
using Complaints.Testing.V1;

namespace Complaints.EndToEnd.Tests.Grpc;

[Collection(HostCollection.Name)]
public sealed class DeadlineTests(HostFixture fixture)
{
    [Fact]
    public async Task Call_WhenDeadlinePasses_IsDeadlineExceededAndTheHandlerIsCancelled()
    {
        var tag = Guid.NewGuid().ToString();
        await WarmUpAsync(); // a cold first call could spend the whole deadline before reaching the handler

        var error = await Assert.ThrowsAsync<RpcException>(() => fixture.Host.Client.UnaryAsync(
            ProbeMethods.Sleep, new SleepRequest { Milliseconds = 30_000, Tag = tag }, CallOptions.WithTimeout(TimeSpan.FromSeconds(2))));

        Assert.Equal(StatusCode.DeadlineExceeded, error.StatusCode);
        Assert.Equal("started", await fixture.Host.Observations.WaitForAsync(ProbeObservations.Started(tag)));
        Assert.Equal("cancelled", await fixture.Host.Observations.WaitForAsync(tag));
    }

    [Fact]
    public async Task Call_WhenDeadlineIsAmple_Completes()
    {
        var response = await fixture.Host.Client.UnaryAsync(
            ProbeMethods.Sleep, new SleepRequest { Milliseconds = 50, Tag = Guid.NewGuid().ToString() }, CallOptions.WithTimeout(TimeSpan.FromSeconds(30)));

        Assert.True(response.Completed);
    }

    [Fact]
    public async Task Server_WhenHandlerIgnoresItsToken_AnswersDeadlineExceededItselfOnTime()
    {
        // A raw request with grpc-timeout and no client-side timer: only the server can end this call early.
        await WarmUpAsync();
        var body = RawGrpc.Frame(new SleepRequest { Milliseconds = 3_000, IgnoreCancellation = true, Tag = Guid.NewGuid().ToString() });
        var clock = Stopwatch.StartNew();

        var reply = await RawGrpc.PostAsync(fixture.Host.Address, ProbeMethods.Sleep.FullName, body, headers: [("grpc-timeout", "200m")]);

        Assert.Equal(((int)StatusCode.DeadlineExceeded).ToString(), reply.GrpcStatus);
        Assert.True(clock.Elapsed < TimeSpan.FromMilliseconds(2_500), $"answered after {clock.Elapsed}");
    }

    private Task WarmUpAsync() =>
        fixture.Host.Client.UnaryAsync(ProbeMethods.Sleep, new SleepRequest { Milliseconds = 1, Tag = Guid.NewGuid().ToString() });
}
