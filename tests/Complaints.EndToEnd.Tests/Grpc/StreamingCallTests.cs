using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.Grpc;
using Complaints.Grpc.Client;
using Complaints.Testing.V1;

namespace Complaints.EndToEnd.Tests.Grpc;

[Collection(HostCollection.Name)]
public sealed class StreamingCallTests(HostFixture fixture)
{
    private GrpcClient Client => fixture.Host.Client;

    [Fact]
    public async Task ServerStreaming_DeliversEveryMessageInOrderThenOk()
    {
        using var call = await Client.ServerStreamingAsync(ProbeMethods.Count, new CountRequest { Count = 50 });

        var numbers = await call.ResponseStream.ReadAllAsync().Select(r => r.Number).ToListAsync();

        Assert.Equal(Enumerable.Range(1, 50), numbers);
        Assert.Equal(StatusCode.OK, call.GetStatus().StatusCode);
    }

    [Fact]
    public async Task ServerStreaming_WhenHandlerFailsMidStream_DeliversTheMessagesThenTheStatus()
    {
        using var call = await Client.ServerStreamingAsync(ProbeMethods.Count, new CountRequest { Count = 10, FailAfter = 3 });
        var received = new List<int>();

        var error = await Assert.ThrowsAsync<RpcException>(async () =>
        {
            await foreach (var response in call.ResponseStream.ReadAllAsync())
                received.Add(response.Number);
        });

        Assert.Equal([1, 2, 3], received);
        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Equal("Stopped after 3", error.Status.Detail);
    }

    [Fact]
    public async Task ClientStreaming_AddsUpEveryMessage()
    {
        using var call = Client.Start(ProbeMethods.Sum);
        for (var value = 1; value <= 100; value++)
            await call.RequestStream.WriteAsync(new SumRequest { Value = value });
        await call.RequestStream.CompleteAsync();

        var response = await call.ResponseAsync;

        Assert.Equal(5050, response.Total);
        Assert.Equal(100, response.Count);
    }

    [Fact]
    public async Task DuplexStreaming_AnswersEachMessageBeforeTheNextIsSent()
    {
        using var call = Client.Start(ProbeMethods.Chat);

        foreach (var text in new[] { "one", "two", "three" })
        {
            await call.RequestStream.WriteAsync(new ChatRequest { Text = text });
            Assert.True(await call.ResponseStream.MoveNext());
            Assert.Equal("re: " + text, call.ResponseStream.Current.Text);
        }
        await call.RequestStream.CompleteAsync();

        Assert.False(await call.ResponseStream.MoveNext());
        Assert.Equal(StatusCode.OK, call.GetStatus().StatusCode);
    }

    [Fact]
    public async Task ClientCancellation_IsObservedByTheHandler()
    {
        var tag = Guid.NewGuid().ToString();
        using var cancel = new CancellationTokenSource();
        using var call = await Client.ServerStreamingAsync(ProbeMethods.Count,
            new CountRequest { Count = 1000, DelayMilliseconds = 50, Tag = tag }, new CallOptions(CancellationToken: cancel.Token));
        Assert.True(await call.ResponseStream.MoveNext());

        await cancel.CancelAsync();
        var error = await Assert.ThrowsAsync<RpcException>(() => call.ResponseStream.MoveNext());

        Assert.Equal(StatusCode.Cancelled, error.StatusCode);
        Assert.Equal("cancelled", await fixture.Host.Observations.WaitForAsync(tag));
    }
}
