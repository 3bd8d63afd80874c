using Google.Protobuf.Reflection;

namespace Complaints.EndToEnd.Tests.Fuzz;

/// <summary>
/// What a field holds, read from its name by the API's conventions (proto field names are the only place a
/// descriptor says it): identifiers and references, <c>yyyy-MM-dd</c> days, and fields a plausible request leaves empty.
/// </summary>
public static class FieldNames
{
    public static bool IsIdentifier(FieldDescriptor field) =>
        field.Name is "id" or "reference" || field.Name.EndsWith("_id", StringComparison.Ordinal)
        || field.Name.EndsWith("_ids", StringComparison.Ordinal) || field.Name.EndsWith("_reference", StringComparison.Ordinal);

    /// <summary>
    /// Days are strings named <c>…_on</c>, and the ends of a range of days (<c>proposed_from</c> with <c>proposed_to</c>);
    /// a lone <c>…_to</c> is someone (<c>transferred_to</c>).
    /// </summary>
    public static bool IsDate(FieldDescriptor field) =>
        field.FieldType == FieldType.String && (field.Name.EndsWith("_on", StringComparison.Ordinal)
            || RangeEnd(field, "_from", "_to") || RangeEnd(field, "_to", "_from"));

    private static bool RangeEnd(FieldDescriptor field, string suffix, string otherSuffix) =>
        field.Name.EndsWith(suffix, StringComparison.Ordinal)
        && field.ContainingType.FindFieldByName(field.Name[..^suffix.Length] + otherSuffix) is { FieldType: FieldType.String };

    /// <summary>A day still to come: deadlines and ends of restrictions.</summary>
    public static bool IsFutureDate(FieldDescriptor field) =>
        IsDate(field) && (field.Name.Contains("due", StringComparison.Ordinal) || field.Name.Contains("ends", StringComparison.Ordinal));

    /// <summary>
    /// Left out of a plausible request: a made-up page token is refused, and a fixed idempotency key would make
    /// every later variant a replay of the first; optional scalars (expected versions) are unset.
    /// </summary>
    public static bool IsLeftEmpty(FieldDescriptor field) =>
        field.Name is "page_token" or "idempotency_key"
        || (field.HasPresence && field.FieldType != FieldType.Message && field.RealContainingOneof is null);
}
