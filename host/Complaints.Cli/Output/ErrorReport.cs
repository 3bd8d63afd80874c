using System.Text.RegularExpressions;
using Google.Rpc;
using Grpc.Core;
using Spectre.Console;

namespace Complaints.Cli.Output;

/// <summary>
/// A refusal as the server gave it: the status (PERMISSION_DENIED, as gRPC names it), the server's message, and the
/// details a person needs to mend the call — each field violation, the refusal's reason and what the state allows.
/// </summary>
internal static partial class ErrorReport
{
    public static void Write(IAnsiConsole errors, RpcException e, string? hint)
    {
        var status = e.GetRpcStatus();
        var message = status?.Message is { Length: > 0 } text ? text : e.Status.Detail;
        errors.MarkupLineInterpolated($"[red]{StatusName(e.StatusCode)}: {message}[/]");
        foreach (var violation in status?.GetDetail<BadRequest>()?.FieldViolations ?? [])
            errors.MarkupLineInterpolated($"[red]  {violation.Field}: {violation.Description}[/]");
        if (status?.GetDetail<ErrorInfo>() is { } info)
            errors.MarkupLineInterpolated($"[red]  reason: {info.Reason}{string.Concat(info.Metadata.OrderBy(m => m.Key).Select(m => $", {m.Key}={m.Value}"))}[/]");
        foreach (var violation in status?.GetDetail<PreconditionFailure>()?.Violations ?? [])
            errors.MarkupLineInterpolated($"[red]  {violation.Subject}: {violation.Description}[/]");
        if (hint is not null)
            errors.MarkupLineInterpolated($"[yellow]{hint}[/]");
    }

    /// <summary>The likely cause of a refusal any command can meet, or null when the server's message says enough.</summary>
    public static string? Hint(RpcException e, Uri? server) => e.StatusCode switch
    {
        StatusCode.Unauthenticated =>
            "The server did not accept the credentials. --as is believed only by a server in Development, called from loopback; elsewhere use --token or --api-key.",
        StatusCode.PermissionDenied =>
            "Signed in, but without the permission this needs: the permissions of each role are in the server's Authorization:Roles.",
        StatusCode.Unavailable =>
            $"Nothing answered at {server}: is the server running (dotnet run --project host/Complaints.Host)? Point --server or COMPLAINTS_SERVER at it.",
        _ => null,
    };

    /// <summary>"PermissionDenied" → "PERMISSION_DENIED": the name the gRPC specification and the server's docs use.</summary>
    public static string StatusName(StatusCode code) => WordBoundary().Replace(code.ToString(), "_").ToUpperInvariant();

    [GeneratedRegex("(?<=[a-z])(?=[A-Z])")]
    private static partial Regex WordBoundary();
}
