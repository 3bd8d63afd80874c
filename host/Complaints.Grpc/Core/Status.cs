namespace Complaints.Grpc;

/// <summary>The outcome of a call: a code, a human-readable message and optional rich details.</summary>
/// <param name="Details">A <c>google.rpc.Status</c> sent as <c>grpc-status-details-bin</c>; its code and message
/// must agree with this status, so build it with <see cref="RichStatus"/>.</param>
public sealed record Status(StatusCode StatusCode, string Detail = "", Google.Rpc.Status? Details = null)
{
    public static readonly Status Ok = new(StatusCode.OK);

    public override string ToString() =>
        Detail.Length == 0 ? $"Status(StatusCode=\"{StatusCode}\")" : $"Status(StatusCode=\"{StatusCode}\", Detail=\"{Detail}\")";
}
