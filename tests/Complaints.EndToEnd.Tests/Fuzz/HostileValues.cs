using Google.Protobuf.Reflection;
using static Complaints.EndToEnd.Tests.Fuzz.Expectation;

namespace Complaints.EndToEnd.Tests.Fuzz;

/// <summary>A value sent in one field, its label for the report, and what it may be answered with.</summary>
public sealed record HostileValue(string Label, object Value, Expectation Expect);

/// <summary>The hostile and clumsy values each kind of field gets, from issue 13's list.</summary>
public static class HostileValues
{
    public const int MiB = 1 << 20;

    /// <summary>Well past any sensible maximum, and cheap to send: 20,000 points were accepted on one complaint.</summary>
    public const int OversizedRepeatCount = 20_000;

    private static readonly string OneMiB = new('x', MiB);

    // "fuzz" then an invalid two-byte sequence, a lone continuation byte and bytes that never occur in UTF-8.
    private static readonly byte[] InvalidUtf8 = [0x66, 0x75, 0x7A, 0x7A, 0xC3, 0x28, 0xA0, 0xFE, 0xFF];

    public static IEnumerable<HostileValue> ForString(FieldDescriptor field)
    {
        yield return new("1 MiB string", OneMiB, RefusedNamingTheField);
        yield return new("NUL character", "fuzz\0nul", RefusedNamingTheField);
        yield return new("control characters", "fuzz\u0007\u001b[2J", RefusedNamingTheField);
        yield return new("invalid UTF-8", InvalidUtf8, RefusedOrUndecodable);
        if (FieldNames.IsDate(field))
        {
            yield return new("date in year 1", "0001-01-01", RefusedNamingTheField);
            yield return new("date in year 9999", "9999-12-31", RefusedNamingTheField);
            yield return new("impossible date", "2026-02-30", RefusedNamingTheField);
        }
        if (FieldNames.IsIdentifier(field))
        {
            yield return new("unknown identifier", "00000000-0000-4000-8000-000000000013", AnyDefinedStatus);
            yield return new("malformed identifier", "not-an-id", AnyDefinedStatus);
        }
    }

    public static IEnumerable<HostileValue> ForInteger(FieldDescriptor field)
    {
        var (min, max) = field.FieldType switch
        {
            FieldType.Int32 or FieldType.SInt32 or FieldType.SFixed32 => (int.MinValue, int.MaxValue),
            FieldType.UInt32 or FieldType.Fixed32 => (0L, uint.MaxValue),
            FieldType.UInt64 or FieldType.Fixed64 => (0L, -1L), // -1 on the wire is ulong.MaxValue
            _ => (long.MinValue, long.MaxValue),
        };
        yield return new("minimum", min, AnyDefinedStatus);
        yield return new("maximum", max, AnyDefinedStatus);
        if (min < 0)
            yield return new("-1", -1L, AnyDefinedStatus);
        if (FieldNames.IsIdentifier(field))
            yield return new("unknown identifier", 987_654_321L, AnyDefinedStatus);
    }

    public static IEnumerable<HostileValue> ForEnum()
    {
        yield return new("unknown enum number 999", 999L, RefusedNamingTheField);
        yield return new("unknown enum number -1", -1L, RefusedNamingTheField);
    }

    public static IEnumerable<HostileValue> ForFloatingPoint()
    {
        yield return new("NaN", double.NaN, AnyDefinedStatus);
        yield return new("infinity", double.PositiveInfinity, AnyDefinedStatus);
    }

    /// <summary>google.protobuf.Timestamp: the ends of its range are valid; past them, or bad nanos, are refused.</summary>
    public static IEnumerable<HostileValue> ForTimestamp(MessageDescriptor timestamp)
    {
        WireMessage At(long seconds, long nanos) => WireMessage.Empty(timestamp)
            .With(timestamp.FindFieldByName("seconds"), seconds).With(timestamp.FindFieldByName("nanos"), nanos);
        yield return new("timestamp in year 1", At(-62_135_596_800, 0), AnyDefinedStatus);
        yield return new("timestamp in year 9999", At(253_402_300_799, 0), AnyDefinedStatus);
        yield return new("timestamp after year 9999", At(253_402_300_800, 0), RefusedNamingTheField);
        yield return new("timestamp before year 1", At(-62_135_596_801, 0), RefusedNamingTheField);
        yield return new("timestamp with nanos -1", At(1_700_000_000, -1), RefusedNamingTheField);
        yield return new("timestamp with nanos 1e9", At(1_700_000_000, 1_000_000_000), RefusedNamingTheField);
    }
}
