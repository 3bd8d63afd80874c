using Complaints.Kernel.Errors;
using Complaints.Testing.V1;
using Google.Protobuf;
using Grpc.Core;

namespace Complaints.EndToEnd.Tests.Probe;

/// <summary>The test-only <c>complaints.testing.v1.ProbeService</c>, mapped beside the real services.</summary>
public sealed class ProbeGrpcService(ProbeObservations observations, Complaints.Kernel.Pipeline.CallerContext caller) : ProbeService.ProbeServiceBase
{
    public override Task<EchoResponse> Echo(EchoRequest request, ServerCallContext context)
    {
        foreach (var entry in context.RequestHeaders.Where(e => e.Key.StartsWith("x-", StringComparison.Ordinal)))
            context.ResponseTrailers.Add(entry);
        return Task.FromResult(new EchoResponse
        {
            Text = request.Text, PayloadLength = request.Payload.Length, Actor = caller.Actor.Id, OnBehalfOf = caller.Actor.OnBehalfOf ?? "",
        });
    }

    /// <summary>Fails as the Kernel would: with field violations a validation error, otherwise a rule refusal.</summary>
    public override Task<FailResponse> Fail(FailRequest request, ServerCallContext context)
    {
        if (request.Violations.Count > 0)
            throw new ValidationException(request.Violations.Select(v => new FieldViolation(v.Field, v.Description)).ToArray());
        throw new RuleViolationException(request.Message, "PROBE_REFUSED", new Dictionary<string, string> { ["current_stage"] = "Probing" });
    }

    public override async Task<SleepResponse> Sleep(SleepRequest request, ServerCallContext context)
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

    public override Task<BigResponse> Big(BigRequest request, ServerCallContext context) =>
        Task.FromResult(new BigResponse { Payload = ByteString.CopyFrom(new byte[request.Size]) });

    public override Task<ThrowResponse> Throw(ThrowRequest request, ServerCallContext context) =>
        throw new InvalidOperationException(request.Detail.Length == 0 ? "The probe threw on purpose." : $"The probe threw on purpose: {request.Detail}");

    public override Task<CheckResponse> Check(CheckRequest request, ServerCallContext context) => Task.FromResult(new CheckResponse());
}
