using Complaints.Grpc.Server;
using Google.Protobuf;
using Alpha = Grpc.Reflection.V1Alpha;
using V1 = Grpc.Reflection.V1;

namespace Complaints.Grpc.Reflection;

/// <summary>
/// <c>grpc.reflection.v1alpha</c>, still what many tools ask first. Its messages are field-for-field the same as
/// v1's, so each request and answer is translated by re-reading its bytes as the other version.
/// </summary>
internal sealed class ReflectionV1AlphaGrpcService(ReflectionResponderProvider responder)
{
    public async Task ServerReflectionInfo(
        IAsyncStreamReader<Alpha.ServerReflectionRequest> requests,
        IServerStreamWriter<Alpha.ServerReflectionResponse> responses,
        ServerCallContext context)
    {
        while (await requests.MoveNext(context.CancellationToken))
        {
            var request = V1.ServerReflectionRequest.Parser.ParseFrom(requests.Current.ToByteString());
            var answer = responder.Responder.Answer(request);
            await responses.WriteAsync(Alpha.ServerReflectionResponse.Parser.ParseFrom(answer.ToByteString()), context.CancellationToken);
        }
    }
}
