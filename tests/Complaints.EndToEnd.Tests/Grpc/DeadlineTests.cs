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

    [Fact]
    public async Task Call_WhenTheDeadlineHasAlreadyPassed_IsDeadlineExceededWithoutCrashing()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => fixture.Host.Client.UnaryAsync(
            ProbeMethods.Echo, new EchoRequest { Text = "late" }, new CallOptions(Deadline: DateTime.UtcNow.AddSeconds(-1))));

        Assert.Equal(StatusCode.DeadlineExceeded, error.StatusCode);
    }

    [Fact]
    public async Task Call_WhenTheTokenIsAlreadyCancelled_IsCancelled()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var error = await Assert.ThrowsAsync<RpcException>(() => fixture.Host.Client.UnaryAsync(
            ProbeMethods.Echo, new EchoRequest { Text = "never sent" }, new CallOptions(CancellationToken: cancelled.Token)));

        Assert.Equal(StatusCode.Cancelled, error.StatusCode);
    }

    [Fact]
    public async Task Server_WhenTheTimeoutIsTheLargestTheHeaderAllows_ServesTheCall()
    {
        var reply = await RawGrpc.PostAsync(fixture.Host.Address, ProbeMethods.Echo.FullName, RawGrpc.Frame(new EchoRequest { Text = "x" }),
            headers: [("grpc-timeout", "99999999H")]);

        Assert.Equal("0", reply.GrpcStatus);
    }

    private Task WarmUpAsync() =>
        fixture.Host.Client.UnaryAsync(ProbeMethods.Sleep, new SleepRequest { Milliseconds = 1, Tag = Guid.NewGuid().ToString() });
}
