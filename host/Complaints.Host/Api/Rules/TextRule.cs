using System.Buffers;
using Buf.Validate;
using Google.Protobuf.Reflection;

namespace Complaints.Host.Api.Rules;

/// <summary>A string's length in characters (string.min_len / max_len) and the control characters it may not hold.</summary>
internal sealed class TextRule(ulong? least, ulong? most, bool freeText) : ValueRule
{
    private static readonly SearchValues<char> Controls = SearchValues.Create(
        Enumerable.Range(0, 0xA0).Select(c => (char)c).Where(char.IsControl).ToArray());

    private static readonly SearchValues<char> LineBreaksAndTabs = SearchValues.Create("\r\n\t");

    public static TextRule From(FieldDescriptor field, StringRules? rules)
    {
        if (rules is not null)
            StatedRules.OnlySupported(field, rules, r => { r.ClearMinLen(); r.ClearMaxLen(); });
        return new TextRule(
            rules is { HasMinLen: true } ? rules.MinLen : null,
            rules is { HasMaxLen: true } ? rules.MaxLen : null,
            StatedRules.IsFreeText(field));
    }

    public override string? Problem(object value)
    {
        var text = (string)value;
        if (most is { } max && (ulong)text.Length > max && Characters(text) > max)
            return $"must be at most {max:N0} characters (is {Characters(text):N0})";
        if (least is { } min && Characters(text) < min)
            return min == 1 ? "must not be empty" : $"must be at least {min:N0} characters";
        return ControlCharacter(text) is { } at
            ? $"must not contain control characters (U+{(int)text[at]:X4} at character {at + 1:N0}){(freeText ? "" : "; line breaks and tabs are allowed only in free text")}"
            : null;
    }

    /// <summary>Code points, as protovalidate counts: a character outside the BMP is one, not two UTF-16 units.</summary>
    private static ulong Characters(string text)
    {
        var count = (ulong)text.Length;
        foreach (var c in text)
            if (char.IsLowSurrogate(c))
                count--;
        return count;
    }

    private int? ControlCharacter(string text)
    {
        var span = text.AsSpan();
        var offset = 0;
        while (true)
        {
            var found = span[offset..].IndexOfAny(Controls);
            if (found < 0)
                return null;
            var at = offset + found;
            if (!freeText || !LineBreaksAndTabs.Contains(text[at]))
                return at;
            offset = at + 1;
        }
    }
}
