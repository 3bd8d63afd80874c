using Google.Protobuf.Reflection;
using Grpc.Core;
using Grpc.Net.Client;
using Complaints.EndToEnd.Tests.Infrastructure;

namespace Complaints.EndToEnd.Tests.Access;

/// <summary>
/// Calls any method of the host with an empty request body, as whoever the metadata says — or no one: its channel is
/// its own, without the tests' default caller.
/// </summary>
public sealed class RawCaller(RunningHost host) : IDisposable
{
    private readonly GrpcChannel _channel = GrpcChannel.ForAddress(host.Address);

    /// <summary>The status the call ends with (OK included), and its detail.</summary>
    public async Task<Status> CallAsync(MethodDescriptor method, Metadata? metadata)
    {
        try
        {
            await UntypedCall.AnswerAsync(_channel.CreateCallInvoker(), method, [], new CallOptions(metadata, DateTime.UtcNow.AddSeconds(30)));
            return Status.DefaultSuccess;
        }
        catch (RpcException e)
        {
            return e.Status;
        }
    }

    public void Dispose() => _channel.Dispose();
}
