using Google.Protobuf.Reflection;
using Grpc.Core;

namespace Complaints.EndToEnd.Tests.Infrastructure;

/// <summary>Any method called with a body of raw bytes, whatever its message types, for the tests that call every RPC.</summary>
public static class UntypedCall
{
    private static readonly Marshaller<byte[]> AsIs = Marshallers.Create(bytes => bytes, bytes => bytes);

    /// <summary>
    /// Returns once the call is answered, or throws its <see cref="RpcException"/>. A server stream is answered by its
    /// first message (or its end): the event stream then waits for more, so that first message is its OK, and the stream
    /// is cancelled.
    /// </summary>
    public static async Task AnswerAsync(CallInvoker invoker, MethodDescriptor method, byte[] body, CallOptions options)
    {
        if (!method.IsServerStreaming)
        {
            await invoker.AsyncUnaryCall(Of(method, MethodType.Unary), null, options, body).ResponseAsync;
            return;
        }
        using var stream = invoker.AsyncServerStreamingCall(Of(method, MethodType.ServerStreaming), null, options, body);
        await stream.ResponseStream.MoveNext(options.CancellationToken);
    }

    private static Method<byte[], byte[]> Of(MethodDescriptor method, MethodType type) => new(type, method.Service.FullName, method.Name, AsIs, AsIs);
}
