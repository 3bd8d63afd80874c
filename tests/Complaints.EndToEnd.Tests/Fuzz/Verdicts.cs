using static Complaints.EndToEnd.Tests.Fuzz.Expectation;
using StatusCode = Grpc.Core.StatusCode;

namespace Complaints.EndToEnd.Tests.Fuzz;

/// <summary>Whether an answer is one the variant may get; null when it is, otherwise what is wrong with it.</summary>
public static class Verdicts
{
    /// <summary>
    /// The statuses the API documents for a request it will not carry out. UNKNOWN, INTERNAL, UNAVAILABLE and
    /// DEADLINE_EXCEEDED are not among them: they say the server failed, not that the request did.
    /// </summary>
    private static readonly HashSet<StatusCode> Defined =
    [
        StatusCode.OK, StatusCode.InvalidArgument, StatusCode.NotFound, StatusCode.AlreadyExists, StatusCode.FailedPrecondition,
        StatusCode.Aborted, StatusCode.ResourceExhausted, StatusCode.PermissionDenied, StatusCode.Unauthenticated, StatusCode.OutOfRange,
    ];

    public static string? Judge(Variant variant, Answer answer)
    {
        if (answer.IsTransportFailure)
            return $"{answer.Label}: {(answer.Detail.Length <= 600 ? answer.Detail : answer.Detail[..600] + "…")}";
        return variant.Expect switch
        {
            LibraryAnswer => answer.IsHandlerCrash ? "a handler crashed (INTERNAL)" : null,
            AnyDefinedStatus => DefinedStatus(answer),
            RefusedNamingTheField => Refused(variant.Field, answer),
            RefusedOrUndecodable => IsLibraryRefusal(answer) ? null : Refused(variant.Field, answer),
            _ => throw new ArgumentOutOfRangeException(nameof(variant)),
        };
    }

    private static string? DefinedStatus(Answer answer)
    {
        if (answer.Code is not { } code || !Defined.Contains(code))
            return $"{answer.Label} is not a defined answer";
        return code == StatusCode.InvalidArgument && !answer.ViolatedFields.Any(f => f.Length > 0)
            ? "INVALID_ARGUMENT names no field" : null;
    }

    private static string? Refused(string path, Answer answer) => answer.Code switch
    {
        StatusCode.ResourceExhausted => null,
        StatusCode.InvalidArgument when answer.ViolatedFields.Any(f => Names(f, path)) => null,
        StatusCode.InvalidArgument => $"INVALID_ARGUMENT names [{string.Join(", ", answer.ViolatedFields)}], not {path}",
        _ => $"{answer.Label}: the value was not refused",
    };

    /// <summary>A status the library gives a body it cannot decode: not from a handler, so no details and no crash text.</summary>
    private static bool IsLibraryRefusal(Answer answer) =>
        answer.Code is StatusCode.Internal or StatusCode.Unknown && !answer.IsHandlerCrash;

    /// <summary>The field itself, a field inside it, or the item or message that holds it (<c>lines[0]</c> for <c>lines[0].quantity</c>).</summary>
    private static bool Names(string violated, string path) =>
        violated == path || Inside(violated, path) || Inside(path, violated);

    private static bool Inside(string inner, string outer) =>
        outer.Length > 0 && inner.StartsWith(outer, StringComparison.Ordinal) && inner.Length > outer.Length && inner[outer.Length] is '.' or '[';
}
