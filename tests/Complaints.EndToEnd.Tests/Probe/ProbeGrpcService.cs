using Complaints.Grpc;
using Complaints.Grpc.Server;
using Complaints.Testing.V1;
using Google.Protobuf;

namespace Complaints.EndToEnd.Tests.Probe;

/// <summary>The test-only <c>complaints.testing.v1.ProbeService</c>.</summary>
public sealed class ProbeGrpcService(ProbeObservations observations)
{
    public async Task<EchoResponse> Echo(EchoRequest request, ServerCallContext context)
    {
        var echoed = new Metadata();
        foreach (var entry in context.RequestHeaders.Where(e => e.Key.StartsWith("x-", StringComparison.Ordinal)))
        {
            echoed.Add(entry);
            context.ResponseTrailers.Add(entry);
        }
        await context.WriteResponseHeadersAsync(echoed);
        return new EchoResponse { Text = request.Text, PayloadLength = request.Payload.Length };
    }

    public Task<FailResponse> Fail(FailRequest request, ServerCallContext context)
    {
        if (request.Violations.Count > 0)
            throw RichStatus.InvalidArgument(request.Message, request.Violations.Select(v => (v.Field, v.Description)).ToArray());
        throw new RpcException((StatusCode)request.Code, request.Message);
    }

    public async Task<SleepResponse> Sleep(SleepRequest request, ServerCallContext context)
    {
        var token = request.IgnoreCancellation ? CancellationToken.None : context.CancellationToken;
        observations.Record(ProbeObservations.Started(request.Tag), "started");
        try
        {
            await Task.Delay(request.Milliseconds, token);
            observations.Record(request.Tag, "completed");
            return new SleepResponse { Completed = true };
        }
        catch (OperationCanceledException)
        {
            observations.Record(request.Tag, "cancelled");
            throw;
        }
    }

    public async Task Count(CountRequest request, IServerStreamWriter<CountResponse> responses, ServerCallContext context)
    {
        try
        {
            for (var number = 1; number <= request.Count; number++)
            {
                if (request.FailAfter > 0 && number > request.FailAfter)
                    throw new RpcException(StatusCode.FailedPrecondition, $"Stopped after {request.FailAfter}");
                await responses.WriteAsync(new CountResponse { Number = number });
                if (request.DelayMilliseconds > 0)
                    await Task.Delay(request.DelayMilliseconds, context.CancellationToken);
            }
            observations.Record(request.Tag, "completed");
        }
        catch (OperationCanceledException)
        {
            observations.Record(request.Tag, "cancelled");
            throw;
        }
    }

    public async Task<SumResponse> Sum(IAsyncStreamReader<SumRequest> requests, ServerCallContext context)
    {
        var response = new SumResponse();
        await foreach (var request in requests.ReadAllAsync())
        {
            response.Total += request.Value;
            response.Count++;
        }
        return response;
    }

    public async Task Chat(IAsyncStreamReader<ChatRequest> requests, IServerStreamWriter<ChatResponse> responses, ServerCallContext context)
    {
        await foreach (var request in requests.ReadAllAsync())
            await responses.WriteAsync(new ChatResponse { Text = "re: " + request.Text });
    }

    public Task<BigResponse> Big(BigRequest request, ServerCallContext context) =>
        Task.FromResult(new BigResponse { Payload = ByteString.CopyFrom(new byte[request.Size]) });

    public Task<ThrowResponse> Throw(ThrowRequest request, ServerCallContext context) =>
        throw new InvalidOperationException("The probe threw on purpose.");
}
