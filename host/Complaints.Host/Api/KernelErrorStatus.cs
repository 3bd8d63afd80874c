using System.Globalization;
using Complaints.Kernel.Errors;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Status = Google.Rpc.Status;

namespace Complaints.Host.Api;

/// <summary>
/// The one mapping from the Kernel's error types to <c>google.rpc.Status</c>: a code, the message, and details a
/// client can act on without parsing text — <c>BadRequest</c> for bad input, <c>ErrorInfo</c> (reason, domain
/// <c>complaints</c>, metadata) on every error, and <c>PreconditionFailure</c> on every refusal.
/// </summary>
internal static class KernelErrorStatus
{
    public const string Domain = "complaints";

    /// <summary>
    /// Messages often quote what the caller sent (an unknown reference, a bad value); a status is a header, so a caller
    /// who sent a megabyte must not get a megabyte back. Longer text is cut, saying so.
    /// </summary>
    private const int MaxMessageLength = 1024;

    private const int MaxValueLength = 256;

    /// <summary>
    /// A handler may name every bad item of a long list; the status travels in a trailer, and one over the client's
    /// header limit (64 KiB in Grpc.Net.Client) drops the whole connection. The first twenty say enough; the message
    /// keeps the count.
    /// </summary>
    private const int MostFieldViolations = Rules.Violations.MostReported;

    public static Status From(ComplaintsException exception) => exception switch
    {
        ValidationException e => Make(Code.InvalidArgument, e.Message, Info("INVALID_ARGUMENT"), Fields(e)),
        DateOutsideCalendarException e => Make(Code.InvalidArgument, e.Message, Info("DATE_OUTSIDE_CALENDAR", CalendarRange(e))),
        TransitionRefusedException e => Make(Code.FailedPrecondition, e.Message, Info("TRANSITION_REFUSED", Refusal(e)),
            Precondition("TRANSITION", e.CurrentState, e.Message)),
        RuleViolationException e => Make(Code.FailedPrecondition, e.Message, Info(e.Reason, e.Metadata),
            Precondition(e.Reason, e.Metadata.GetValueOrDefault("current_stage") ?? "", e.Message)),
        NotFoundException e => Make(Code.NotFound, e.Message, Info("NOT_FOUND", Entity(e.Entity, e.Id)),
            new ResourceInfo { ResourceType = e.Entity, ResourceName = Short(e.Id, MaxValueLength), Description = Short(e.Message, MaxMessageLength) }),
        AlreadyExistsException e => Make(Code.AlreadyExists, e.Message, Info("ALREADY_EXISTS")),
        ConcurrencyConflictException e => Make(Code.Aborted, e.Message, Info("STALE_VERSION", Entity(e.Entity, e.Id))),
        PermissionDeniedException e => Make(Code.PermissionDenied, e.Message, Info("PERMISSION_DENIED")),
        UnauthenticatedException e => Make(Code.Unauthenticated, e.Message, Info("UNAUTHENTICATED")),
        _ => Make(Code.FailedPrecondition, exception.Message, Info(exception.GetType().Name)),
    };

    private static Status Make(Code code, string message, params Google.Protobuf.IMessage[] details)
    {
        var status = new Status { Code = (int)code, Message = Short(message, MaxMessageLength) };
        status.Details.AddRange(details.Select(Any.Pack));
        return status;
    }

    private static ErrorInfo Info(string reason, IEnumerable<KeyValuePair<string, string>>? metadata = null)
    {
        var info = new ErrorInfo { Reason = reason, Domain = Domain };
        foreach (var (key, value) in metadata ?? [])
            info.Metadata[key] = Short(value, MaxValueLength);
        return info;
    }

    private static BadRequest Fields(ValidationException e)
    {
        var request = new BadRequest();
        request.FieldViolations.AddRange(e.Violations.Take(MostFieldViolations).Select(v => new BadRequest.Types.FieldViolation { Field = Short(v.Field, MaxValueLength), Description = Short(v.Description, MaxValueLength) }));
        return request;
    }

    private static PreconditionFailure Precondition(string type, string subject, string description)
    {
        var failure = new PreconditionFailure();
        failure.Violations.Add(new PreconditionFailure.Types.Violation { Type = type, Subject = Short(subject, MaxValueLength), Description = Short(description, MaxMessageLength) });
        return failure;
    }

    /// <summary>The current stage and the allowed moves as data, so a client need not parse the message.</summary>
    private static Dictionary<string, string> Refusal(TransitionRefusedException e) => new()
    {
        ["current_stage"] = e.CurrentState,
        ["trigger"] = e.Trigger,
        ["permitted_triggers"] = string.Join(",", e.PermittedTriggers),
    };

    private static string Short(string text, int max) =>
        text.Length <= max ? text : $"{text[..max]}… ({text.Length - max} more characters)";

    /// <summary>The day and the years the calendar covers; the calendar cannot know which request field held the day.</summary>
    private static Dictionary<string, string> CalendarRange(DateOutsideCalendarException e) => new()
    {
        ["date"] = e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["first_year"] = e.FirstYear.ToString(CultureInfo.InvariantCulture),
        ["last_year"] = e.LastYear.ToString(CultureInfo.InvariantCulture),
    };

    private static Dictionary<string, string> Entity(string entity, string id) => new() { ["entity"] = entity, ["id"] = id };
}
