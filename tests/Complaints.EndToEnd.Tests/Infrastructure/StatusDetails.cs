using Google.Protobuf;
using Grpc.Core;

namespace Complaints.EndToEnd.Tests.Infrastructure;

/// <summary>Reading the <c>google.rpc.Status</c> details a refusal carries (grpc-status-details-bin).</summary>
public static class StatusDetails
{
    public static T? Detail<T>(this RpcException error) where T : class, IMessage<T>, new() =>
        error.GetRpcStatus()?.GetDetail<T>();
}
