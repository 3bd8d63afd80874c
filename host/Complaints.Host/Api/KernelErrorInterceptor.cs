using Complaints.Host.Api.Rules;
using Complaints.Kernel.Errors;
using Complaints.Kernel.Pipeline;
using Complaints.Kernel.Telemetry;
using Grpc.AspNetCore.Server;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.Options;

namespace Complaints.Host.Api;

/// <summary>
/// Turns the Kernel's errors into <c>google.rpc.Status</c> once, for every service (see <see cref="KernelErrorStatus"/>),
/// after refusing what the request's proto says its fields may not hold (<see cref="RequestRules"/>).
/// Anything else that escapes a handler is a defect: it is logged with the call's correlation id and answered INTERNAL,
/// without its text unless <c>Grpc:EnableDetailedErrors</c> is on. The log keeps its type and stack trace but not its
/// message (<see cref="MessageWithheldException"/>): a message may quote what the caller sent, residents' data included.
/// </summary>
internal sealed class KernelErrorInterceptor(ILogger<KernelErrorInterceptor> logger, IOptions<GrpcServiceOptions> options) : Interceptor
{
    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation) =>
        GuardAsync(request, context, () => continuation(request, context));

    /// <summary>A stream's errors are mapped the same way, whether they come before its first message or after.</summary>
    public override Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation) =>
        GuardAsync(request, context, async () =>
        {
            await continuation(request, responseStream, context);
            return true;
        });

    private async Task<T> GuardAsync<T>(object request, ServerCallContext context, Func<Task<T>> call)
    {
        try
        {
            if (request is Google.Protobuf.IMessage message)
                RequestRules.Check(message);
            return await call();
        }
        catch (ComplaintsException e)
        {
            throw KernelErrorStatus.From(e).ToRpcException();
        }
        catch (Exception e) when (e is not RpcException && !(e is OperationCanceledException && context.CancellationToken.IsCancellationRequested))
        {
            var correlationId = context.GetHttpContext().RequestServices.GetRequiredService<CallerContext>().CorrelationId;
            logger.LogError(MessageWithheldException.From(e), "{Method} failed unexpectedly (correlation id {CorrelationId})", context.Method, correlationId);
            var detail = options.Value.EnableDetailedErrors == true
                ? e.ToString()
                : $"An internal error occurred; it is logged under correlation id {correlationId}.";
            throw new RpcException(new Status(StatusCode.Internal, detail));
        }
    }
}
