using Google.Protobuf.Reflection;

namespace Complaints.Host.Api.Rules;

/// <summary>A check on one value of a field (the field itself, or each item of a repeated field).</summary>
internal abstract class ValueRule
{
    /// <summary>What is wrong with the value, or null when nothing is.</summary>
    public abstract string? Problem(object value);

    /// <summary>The checks for a field's values: those its type always needs, and those its proto states.</summary>
    public static IEnumerable<ValueRule> For(FieldDescriptor field, Buf.Validate.FieldRules? stated)
    {
        var kind = stated?.TypeCase ?? Buf.Validate.FieldRules.TypeOneofCase.None;
        if (stated is not null)
            StatedRules.OnlySupported(field, stated, r => r.ClearType());
        switch (field.FieldType)
        {
            case FieldType.String:
                yield return TextRule.From(field, kind == Buf.Validate.FieldRules.TypeOneofCase.String ? stated!.String : null);
                yield break;
            case FieldType.Enum:
                yield return new DeclaredEnumRule(field.EnumType);
                break;
            case FieldType.Int32 or FieldType.Int64 or FieldType.UInt32 or FieldType.UInt64 when kind != Buf.Validate.FieldRules.TypeOneofCase.None:
                yield return IntegerRule.From(field, stated!);
                yield break;
        }
        if (kind is not (Buf.Validate.FieldRules.TypeOneofCase.None or Buf.Validate.FieldRules.TypeOneofCase.Enum))
            throw StatedRules.Unsupported(field, $"{kind} rules");
        if (kind == Buf.Validate.FieldRules.TypeOneofCase.Enum)
            StatedRules.OnlySupported(field, stated!.Enum, r => r.ClearDefinedOnly());
    }
}
