using Complaints.Grpc;
using Complaints.Grpc.Server;
using Complaints.Kernel.Errors;
using Google.Rpc;
using Status = Complaints.Grpc.Status;
using StatusCode = Complaints.Grpc.StatusCode;

namespace Complaints.Host.Api;

/// <summary>The one mapping from the Kernel's error types to gRPC statuses, with machine-readable details.</summary>
internal sealed class KernelErrorMapper : IGrpcExceptionMapper
{
    public Status? TryMap(Exception exception) => exception switch
    {
        ValidationException e => RichStatus.InvalidArgument(e.Message, e.Violations.Select(v => (v.Field, v.Description)).ToArray()).Status,
        TransitionRefusedException e => RichStatus.Create(StatusCode.FailedPrecondition, e.Message, Refusal(e)),
        RuleViolationException e => new Status(StatusCode.FailedPrecondition, e.Message),
        NotFoundException e => new Status(StatusCode.NotFound, e.Message),
        AlreadyExistsException e => new Status(StatusCode.AlreadyExists, e.Message),
        ConcurrencyConflictException e => new Status(StatusCode.Aborted, e.Message),
        PermissionDeniedException e => new Status(StatusCode.PermissionDenied, e.Message),
        UnauthenticatedException e => new Status(StatusCode.Unauthenticated, e.Message),
        _ => null,
    };

    /// <summary>The current stage and the allowed moves as data, so a client need not parse the message. (Field 1 is
    /// <c>reason</c> in today's error_details.proto; this package version still calls it <c>type</c>.)</summary>
    private static ErrorInfo Refusal(TransitionRefusedException e)
    {
        var info = new ErrorInfo { Type = "TRANSITION_REFUSED", Domain = "complaints.modular" };
        info.Metadata.Add("current_stage", e.CurrentState);
        info.Metadata.Add("trigger", e.Trigger);
        info.Metadata.Add("permitted_triggers", string.Join(",", e.PermittedTriggers));
        return info;
    }
}
