using Buf.Validate;
using Google.Protobuf.Reflection;

namespace Complaints.Host.Api.Rules;

/// <summary>How many items a repeated field may hold (repeated.min_items / max_items).</summary>
internal sealed class ItemCount(ulong? least, ulong? most)
{
    public static ItemCount? From(FieldDescriptor field, RepeatedRules? rules)
    {
        if (rules is null)
            return null;
        StatedRules.OnlySupported(field, rules, r => { r.ClearMinItems(); r.ClearMaxItems(); r.Items = null; });
        return new ItemCount(rules.HasMinItems ? rules.MinItems : null, rules.HasMaxItems ? rules.MaxItems : null);
    }

    public ulong? Most => most;

    public bool Allows(int count, string field, Violations violations)
    {
        if (most is { } max && (ulong)count > max)
            violations.Add(field, $"must hold at most {max:N0} items (holds {count:N0})");
        else if (least is { } min && (ulong)count < min)
            violations.Add(field, $"must hold at least {min:N0} items (holds {count:N0})");
        else
            return true;
        return false;
    }
}
