using System.Collections;
using System.Collections.Concurrent;
using Complaints.Kernel.Errors;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Protobuf.WellKnownTypes;

namespace Complaints.Host.Api;

/// <summary>
/// Every <c>google.protobuf.Timestamp</c> in a request, wherever it sits, checked against what a Timestamp may hold
/// (years 1–9999, nanos 0–999,999,999): one that does not would throw deep inside a handler, so it is refused up
/// front, naming the field by its path (e.g. <c>lines[2].occurred_at</c>).
/// </summary>
internal static class TimestampFields
{
    private static readonly long MinSeconds = Timestamp.FromDateTime(DateTime.SpecifyKind(DateTime.MinValue, DateTimeKind.Utc)).Seconds;
    private static readonly long MaxSeconds = Timestamp.FromDateTime(DateTime.SpecifyKind(DateTime.MaxValue, DateTimeKind.Utc)).Seconds;

    /// <summary>Whether a message type can hold a Timestamp at all, so most requests are not walked.</summary>
    private static readonly ConcurrentDictionary<MessageDescriptor, bool> MayHoldTimestamps = new();

    public static void Check(IMessage request)
    {
        if (!MayHold(request.Descriptor))
            return;
        var violations = new List<FieldViolation>();
        Walk(request, "", violations);
        if (violations.Count > 0)
            throw new ValidationException(violations.ToArray());
    }

    private static void Walk(IMessage message, string path, List<FieldViolation> violations)
    {
        if (message is Timestamp timestamp)
        {
            if (timestamp.Seconds < MinSeconds || timestamp.Seconds > MaxSeconds || timestamp.Nanos is < 0 or > 999_999_999)
                violations.Add(new FieldViolation(path, "must be a valid timestamp between years 1 and 9999, nanos 0 to 999,999,999"));
            return;
        }
        foreach (var field in message.Descriptor.Fields.InFieldNumberOrder())
        {
            if (field.FieldType != FieldType.Message || !MayHold(field.MessageType))
                continue;
            var name = path.Length == 0 ? field.Name : $"{path}.{field.Name}";
            var value = field.Accessor.GetValue(message);
            if (field.IsRepeated && value is IList items)
            {
                for (var i = 0; i < items.Count; i++)
                    if (items[i] is IMessage item)
                        Walk(item, $"{name}[{i}]", violations);
            }
            else if (value is IMessage nested)
            {
                Walk(nested, name, violations);
            }
        }
    }

    private static bool MayHold(MessageDescriptor descriptor) =>
        MayHoldTimestamps.GetOrAdd(descriptor, d => Search(d, []));

    private static bool Search(MessageDescriptor descriptor, HashSet<MessageDescriptor> seen)
    {
        if (descriptor.FullName == Timestamp.Descriptor.FullName)
            return true;
        if (!seen.Add(descriptor))
            return false;
        return descriptor.Fields.InFieldNumberOrder().Any(f => f.FieldType == FieldType.Message && !f.IsMap && Search(f.MessageType, seen));
    }
}
