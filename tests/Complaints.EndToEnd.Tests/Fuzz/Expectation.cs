namespace Complaints.EndToEnd.Tests.Fuzz;

/// <summary>What a variant may be answered with (see <see cref="Verdicts"/>).</summary>
public enum Expectation
{
    /// <summary>
    /// A value a handler may accept or refuse (a year-1 instant, an int extreme, an unknown id, an empty request):
    /// any defined status, INVALID_ARGUMENT naming some field.
    /// </summary>
    AnyDefinedStatus,

    /// <summary>
    /// A value the issue says is always refused (too long, control characters, an unknown enum number, a Timestamp
    /// out of range, a day outside the calendar, too many items): INVALID_ARGUMENT naming the field, or
    /// RESOURCE_EXHAUSTED for size. Anything else means the value reached a handler, or the store.
    /// </summary>
    RefusedNamingTheField,

    /// <summary>
    /// Invalid UTF-8 in a string: refused naming the field, or whatever the library answers a body it cannot decode.
    /// Reaching a handler (any other answer) means the text was read some other way than the caller wrote it.
    /// </summary>
    RefusedOrUndecodable,

    /// <summary>Bytes that are not the message (random, truncated): whatever the library answers, but no handler crash.</summary>
    LibraryAnswer,
}
