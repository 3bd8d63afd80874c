using Google.Rpc;
using Grpc.Core;

namespace Complaints.Workspace.Api;

/// <summary>
/// What the API said no with, for the page's error summary: each field violation against its field (INVALID_ARGUMENT),
/// or the refusal's own message (FAILED_PRECONDITION names the state and what is allowed; PERMISSION_DENIED who may).
/// </summary>
public sealed record ApiProblem(StatusCode Status, string Message, IReadOnlyList<FieldProblem> Fields)
{
    public static ApiProblem From(RpcException e)
    {
        var status = e.GetRpcStatus();
        var fields = status?.GetDetail<BadRequest>()?.FieldViolations.Select(v => new FieldProblem(v.Field, v.Description)).ToList() ?? [];
        var message = status?.Message is { Length: > 0 } text ? text : e.Status.Detail;
        return new ApiProblem(e.StatusCode, message, fields);
    }
}

/// <summary>One field the API refused, by its proto name (e.g. "description"), and why.</summary>
public sealed record FieldProblem(string Field, string Description);
