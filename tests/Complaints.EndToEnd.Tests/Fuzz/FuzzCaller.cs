using Complaints.EndToEnd.Tests.Infrastructure;
using Grpc.Core;

namespace Complaints.EndToEnd.Tests.Fuzz;

/// <summary>
/// Sends a variant's bytes as they are, through the host's channel with a pass-through marshaller (or by hand over
/// HTTP/2 for a truncated frame), as a caller holding every role, and waits at most <see cref="Patience"/>.
/// </summary>
public sealed class FuzzCaller(RunningHost host)
{
    /// <summary>Far above any honest call on this machine; a call not answered by then counts as a hang.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    /// <summary>A caller holding every role the modules know, and every permission.</summary>
    private static readonly string Token = TestIdentityProvider.Token("fuzz.caller",
        ["compensation-officer", "compensation-manager", "director", "conduct-panel", "conduct-appeals", "complaint-handler", TestIdentityProvider.EverythingRole],
        lifetime: TimeSpan.FromHours(6));

    private readonly CallInvoker _invoker = host.Channel.CreateCallInvoker();

    public async Task<Answer> CallAsync(ServedMethod method, byte[] body)
    {
        try
        {
            await UntypedCall.AnswerAsync(_invoker, method.Method, body, new CallOptions(Caller.Bearer(Token), DateTime.UtcNow + Patience));
            return Answer.Ok;
        }
        catch (RpcException error)
        {
            return Answer.From(error);
        }
    }

    /// <summary>A frame announcing the whole message, then three bytes fewer (of the header, for an empty message), then the end of the stream.</summary>
    public async Task<Answer> CallWithTruncatedFrameAsync(ServedMethod method, byte[] body)
    {
        var frame = RawGrpc.Frame(body);
        try
        {
            var reply = await RawGrpc.PostAsync(host.Address, $"/{method.Service.FullName}/{method.Method.Name}", frame[..^3], headers: ("authorization", $"Bearer {Token}"))
                .WaitAsync(Patience);
            return Answer.FromRawStatus(reply.GrpcStatus, reply.GrpcMessage);
        }
        catch (TimeoutException)
        {
            return new Answer(Answer.Hang, null, "", []);
        }
        catch (HttpRequestException error)
        {
            return new Answer(Answer.ConnectionFailure, null, error.Message, []);
        }
    }
}
