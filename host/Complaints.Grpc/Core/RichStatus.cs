using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;

namespace Complaints.Grpc;

/// <summary>
/// Rich errors in the <c>google.rpc.Status</c> model: the status travels in <c>grpc-status-details-bin</c> with
/// typed details such as <see cref="BadRequest"/> field violations.
/// </summary>
public static class RichStatus
{
    /// <summary>A status whose details carry the given detail messages (packed as <c>google.protobuf.Any</c>).</summary>
    public static Status Create(StatusCode code, string message, params IMessage[] details)
    {
        var rpcStatus = new Google.Rpc.Status { Code = (int)code, Message = message };
        rpcStatus.Details.AddRange(details.Select(Any.Pack));
        return new Status(code, message, rpcStatus);
    }

    /// <summary>INVALID_ARGUMENT naming every field that was wrong and why.</summary>
    public static RpcException InvalidArgument(string message, params (string Field, string Description)[] violations)
    {
        var badRequest = new BadRequest();
        badRequest.FieldViolations.AddRange(violations.Select(v =>
            new BadRequest.Types.FieldViolation { Field = v.Field, Description = v.Description }));
        return new RpcException(Create(StatusCode.InvalidArgument, message, badRequest));
    }

    /// <summary>The first detail of type <typeparamref name="T"/> in a status, if any.</summary>
    public static T? GetDetail<T>(this Status status) where T : class, IMessage<T>, new()
    {
        if (status.Details is null)
            return null;
        var descriptor = new T().Descriptor;
        var any = status.Details.Details.FirstOrDefault(d => d.Is(descriptor));
        return any?.Unpack<T>();
    }

    internal static string ToHeaderValue(Google.Rpc.Status details) =>
        Base64Header.Encode(details.ToByteArray());

    internal static Google.Rpc.Status? FromHeaderBytes(byte[]? bytes) =>
        bytes is null ? null : Google.Rpc.Status.Parser.ParseFrom(bytes);
}
