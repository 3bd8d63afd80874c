using Complaints.Grpc.Server;
using Grpc.Reflection.V1;

namespace Complaints.Grpc.Reflection;

/// <summary>The standard <c>grpc.reflection.v1.ServerReflection</c> service: one answer per request, in order.</summary>
internal sealed class ReflectionGrpcService(ReflectionResponderProvider responder)
{
    public async Task ServerReflectionInfo(
        IAsyncStreamReader<ServerReflectionRequest> requests,
        IServerStreamWriter<ServerReflectionResponse> responses,
        ServerCallContext context)
    {
        while (await requests.MoveNext(context.CancellationToken))
            await responses.WriteAsync(responder.Responder.Answer(requests.Current), context.CancellationToken);
    }
}
