using Buf.Validate;
using Complaints.Common.V1;
using Google.Protobuf.Reflection;

namespace Complaints.Host.Api.Rules;

/// <summary>Reads what a field's proto options state: its buf.validate rules and whether it is free text.</summary>
internal static class StatedRules
{
    public static Buf.Validate.FieldRules? Of(FieldDescriptor field)
    {
        var options = field.GetOptions();
        return options is not null && options.HasExtension(ValidateExtensions.Field) ? options.GetExtension(ValidateExtensions.Field) : null;
    }

    public static bool IsFreeText(FieldDescriptor field) => field.GetOptions()?.GetExtension(RulesExtensions.FreeText) ?? false;

    /// <summary>
    /// A rule the proto states that <see cref="RequestRules"/> does not check. Thrown when the message type is compiled,
    /// so a rule added to a proto is never silently ignored: the first call (and the tests) fail until it is supported.
    /// </summary>
    public static NotSupportedException Unsupported(FieldDescriptor field, string what) =>
        new($"{field.FullName} states {what}, which the server's request rules do not check; support it in {nameof(RequestRules)} or remove it.");

    /// <summary>Refuses a rules message that sets anything beyond what <paramref name="clearSupported"/> clears.</summary>
    public static void OnlySupported<T>(FieldDescriptor field, T rules, Action<T> clearSupported) where T : Google.Protobuf.IMessage<T>, new()
    {
        var rest = rules.Clone();
        clearSupported(rest);
        if (!rest.Equals(new T()))
            throw Unsupported(field, $"{typeof(T).Name} {rest}");
    }
}
