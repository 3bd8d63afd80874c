using System.Globalization;
using Google.Protobuf.Reflection;

namespace Complaints.EndToEnd.Tests.Fuzz;

/// <summary>
/// A request a careful client might send, built from the descriptor alone: seeded identifiers, today for days,
/// "Fuzz …" for text, the first named value of an enum, 1 for counts. Each variant changes one field of it, so the
/// hostile value is the request's only fault as often as the descriptor allows.
/// </summary>
public sealed class PlausibleRequests(FuzzSeed seed)
{
    private const string TimestampType = "google.protobuf.Timestamp";

    /// <summary>Deep enough for every request of today's API (a line's table rate sits two levels down).</summary>
    public const int MaxDepth = 3;

    public WireMessage For(MessageDescriptor type, int depth = 0)
    {
        var message = WireMessage.Empty(type);
        foreach (var field in type.Fields.InFieldNumberOrder())
        {
            if (FieldNames.IsLeftEmpty(field) || IsLaterOneofMember(field))
                continue;
            if (ElementFor(field, depth) is { } value)
                message = message.With(field, value);
        }
        return message;
    }

    /// <summary>Only the seeded identifiers: the read that must still answer after the run.</summary>
    public WireMessage IdentifiersOnly(MessageDescriptor type)
    {
        var message = WireMessage.Empty(type);
        foreach (var field in type.Fields.InFieldNumberOrder())
            if (!IsLaterOneofMember(field) && seed.TryGet(field, out var value))
                message = message.With(field, value);
        return message;
    }

    /// <summary>One plausible value of the field (one element of a repeated one), or null to leave it unset.</summary>
    public object? ElementFor(FieldDescriptor field, int depth)
    {
        if (seed.TryGet(field, out var seeded))
            return seeded;
        return field.FieldType switch
        {
            FieldType.String when FieldNames.IsDate(field) => Day(FieldNames.IsFutureDate(field) ? seed.Today.AddDays(28) : seed.Today),
            FieldType.String => "Fuzz " + field.Name.Replace('_', ' '),
            FieldType.Bytes => "fuzz",
            FieldType.Enum => (long)(field.EnumType.Values.FirstOrDefault(v => v.Number != 0)?.Number ?? 0),
            FieldType.Bool => null, // false is the default; true is a decision a plausible request does not make for anyone
            FieldType.Double or FieldType.Float => 1.0,
            FieldType.Int64 or FieldType.SInt64 or FieldType.SFixed64 or FieldType.UInt64 or FieldType.Fixed64
                when !FieldNames.IsIdentifier(field) => 100L, // an amount in pence
            FieldType.Message when field.MessageType.FullName == TimestampType => null, // unset: the server's now
            FieldType.Message => depth < MaxDepth ? For(field.MessageType, depth + 1) : WireMessage.Empty(field.MessageType),
            FieldType.Int32 when field.Name == "reporting_year" => (long)seed.Today.Year, // a year the server reports on
            _ => 1L,
        };
    }

    /// <summary>Only the first member of a oneof is set, so the message says one thing.</summary>
    private static bool IsLaterOneofMember(FieldDescriptor field) =>
        field.RealContainingOneof is { } oneof && oneof.Fields[0] != field;

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
