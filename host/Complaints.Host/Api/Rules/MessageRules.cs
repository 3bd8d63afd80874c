using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Protobuf.WellKnownTypes;

namespace Complaints.Host.Api.Rules;

/// <summary>One message type's fields, each with the checks its proto states for it, compiled once.</summary>
internal sealed class MessageRules
{
    private readonly FieldChecks[] _fields;
    private readonly bool _isTimestamp;

    private MessageRules(FieldChecks[] fields, bool isTimestamp)
    {
        _fields = fields;
        _isTimestamp = isTimestamp;
    }

    public static MessageRules Compile(MessageDescriptor descriptor) =>
        descriptor.FullName == Timestamp.Descriptor.FullName
            ? new MessageRules([], isTimestamp: true)
            : new MessageRules(descriptor.Fields.InFieldNumberOrder().Select(FieldChecks.Compile).ToArray(), isTimestamp: false);

    public void Check(IMessage message, string path, Violations violations)
    {
        if (_isTimestamp)
        {
            TimestampRange.Check((Timestamp)message, path, violations);
            return;
        }
        foreach (var field in _fields)
        {
            if (violations.Full)
                return;
            field.Check(message, path, violations);
        }
    }
}
