using Google.Rpc;
using Grpc.Core;
using StatusCode = Grpc.Core.StatusCode;

namespace Complaints.EndToEnd.Tests.Fuzz;

/// <summary>
/// How a call ended: a gRPC status from the server, or no answer at all (a deadline passed: a hang; or the
/// connection failed). <see cref="Label"/> is what the report counts, e.g. INVALID_ARGUMENT.
/// </summary>
public sealed record Answer(string Label, StatusCode? Code, string Detail, IReadOnlyList<string> ViolatedFields)
{
    public const string Hang = "HANG (no answer in time)";
    public const string ConnectionFailure = "CONNECTION FAILURE";

    /// <summary>The host's own text for an exception no handler expected (KernelErrorInterceptor).</summary>
    private const string HandlerCrashText = "it is logged under correlation id";

    public bool IsHandlerCrash => Code == StatusCode.Internal && Detail.Contains(HandlerCrashText, StringComparison.Ordinal);

    public bool IsTransportFailure => Label is Hang or ConnectionFailure;

    public static Answer Ok { get; } = new("OK", StatusCode.OK, "", []);

    public static Answer From(RpcException error)
    {
        // The client makes up a status (with the exception it caught) when no trailers arrived; the server never does.
        if (error.StatusCode == StatusCode.DeadlineExceeded)
            return new(Hang, error.StatusCode, error.Status.Detail, []);
        if (error.Status.DebugException is not null)
            return new(ConnectionFailure, error.StatusCode, $"{error.StatusCode}: {Messages(error.Status.DebugException)}", []);
        var fields = error.GetRpcStatus()?.GetDetail<BadRequest>()?.FieldViolations.Select(v => v.Field).ToList() ?? [];
        return new(Name(error.StatusCode), error.StatusCode, error.Status.Detail, fields);
    }

    public static Answer FromRawStatus(string? grpcStatus, string? message) =>
        int.TryParse(grpcStatus, out var code)
            ? new(Name((StatusCode)code), (StatusCode)code, message ?? "", [])
            : new(ConnectionFailure, null, "the reply carried no grpc-status", []);

    /// <summary>The exception's message and its inner ones, where the reason for a lost connection usually is.</summary>
    private static string Messages(Exception error) =>
        string.Join(" <- ", Enumerable.Repeat(error, 1).Concat(InnerExceptions(error)).Select(e => $"{e.GetType().Name}: {e.Message}"));

    private static IEnumerable<Exception> InnerExceptions(Exception error)
    {
        for (var inner = error.InnerException; inner is not null; inner = inner.InnerException)
            yield return inner;
    }

    /// <summary>INVALID_ARGUMENT, as the gRPC spec and the other languages spell the codes.</summary>
    public static string Name(StatusCode code) =>
        string.Concat(code.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : c.ToString())).ToUpperInvariant();
}
