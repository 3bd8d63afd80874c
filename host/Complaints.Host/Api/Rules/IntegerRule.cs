using Google.Protobuf.Reflection;
using Stated = Buf.Validate.FieldRules;

namespace Complaints.Host.Api.Rules;

/// <summary>A whole number's range: the gt / gte / lt / lte its proto states (int32, int64, uint32, uint64).</summary>
internal sealed class IntegerRule(Int128? above, Int128? atLeast, Int128? below, Int128? atMost) : ValueRule
{
    public static IntegerRule From(FieldDescriptor field, Stated stated) => stated.TypeCase switch
    {
        Stated.TypeOneofCase.Int32 => Checked(field, stated.Int32, r => { r.ClearGt(); r.ClearGte(); r.ClearLt(); r.ClearLte(); },
            r => new IntegerRule(r.HasGt ? r.Gt : null, r.HasGte ? r.Gte : null, r.HasLt ? r.Lt : null, r.HasLte ? r.Lte : null)),
        Stated.TypeOneofCase.Int64 => Checked(field, stated.Int64, r => { r.ClearGt(); r.ClearGte(); r.ClearLt(); r.ClearLte(); },
            r => new IntegerRule(r.HasGt ? r.Gt : null, r.HasGte ? r.Gte : null, r.HasLt ? r.Lt : null, r.HasLte ? r.Lte : null)),
        Stated.TypeOneofCase.Uint32 => Checked(field, stated.Uint32, r => { r.ClearGt(); r.ClearGte(); r.ClearLt(); r.ClearLte(); },
            r => new IntegerRule(r.HasGt ? r.Gt : null, r.HasGte ? r.Gte : null, r.HasLt ? r.Lt : null, r.HasLte ? r.Lte : null)),
        Stated.TypeOneofCase.Uint64 => Checked(field, stated.Uint64, r => { r.ClearGt(); r.ClearGte(); r.ClearLt(); r.ClearLte(); },
            r => new IntegerRule(r.HasGt ? r.Gt : null, r.HasGte ? r.Gte : null, r.HasLt ? r.Lt : null, r.HasLte ? r.Lte : null)),
        _ => throw StatedRules.Unsupported(field, $"{stated.TypeCase} rules on a {field.FieldType} field"),
    };

    private static IntegerRule Checked<T>(FieldDescriptor field, T rules, Action<T> clearSupported, Func<T, IntegerRule> build)
        where T : Google.Protobuf.IMessage<T>, new()
    {
        StatedRules.OnlySupported(field, rules, clearSupported);
        return build(rules);
    }

    public override string? Problem(object value)
    {
        Int128 number = value switch { int i => i, long l => l, uint u => u, ulong ul => ul, _ => throw new InvalidOperationException(value.GetType().Name) };
        if (above is { } gt && number <= gt)
            return $"must be greater than {gt:N0}";
        if (atLeast is { } gte && number < gte)
            return $"must be at least {gte:N0}";
        if (below is { } lt && number >= lt)
            return $"must be less than {lt:N0}";
        if (atMost is { } lte && number > lte)
            return $"must be at most {lte:N0}";
        return null;
    }
}
