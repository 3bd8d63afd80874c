using Google.Protobuf;
using Google.Protobuf.Reflection;
using static Complaints.EndToEnd.Tests.Fuzz.Expectation;

namespace Complaints.EndToEnd.Tests.Fuzz;

/// <summary>
/// The calls sent to one method: the empty and the plausible request; every field, nested and repeated ones too, set
/// in turn to each hostile value of its kind; too many items in each repeated field; 5 MiB in one string; random
/// bytes, a truncated message and a truncated frame. Random bytes come from a seed per method, so a failure repeats.
/// </summary>
public sealed class FuzzVariants(PlausibleRequests plausible)
{
    public const int Seed = 13;

    private static readonly int[] RandomLengths = [7, 300, 4096];

    public IEnumerable<Variant> For(ServedMethod method)
    {
        var request = plausible.For(method.Input);
        yield return new(method, Variant.WholeRequest, "empty request", AnyDefinedStatus, () => []);
        yield return new(method, Variant.WholeRequest, "plausible request", AnyDefinedStatus, request.ToBytes);
        foreach (var (path, mutated, value) in Mutations(request, "", 0))
            yield return new(method, path, value.Label, value.Expect, mutated.ToBytes);
        yield return FiveMiB(method, request);
        var random = new Random(Seed ^ StableHash(method.Name));
        foreach (var length in RandomLengths)
        {
            var bytes = new byte[length];
            random.NextBytes(bytes);
            yield return new(method, Variant.WholeRequest, $"{length} random bytes", LibraryAnswer, () => bytes);
        }
        var whole = request.ToBytes();
        if (whole.Length >= 2)
            yield return new(method, Variant.WholeRequest, "truncated message", LibraryAnswer, () => whole[..(whole.Length / 2)]);
        yield return new(method, Variant.WholeRequest, "truncated frame", LibraryAnswer, () => whole) { TruncatedFrame = true };
    }

    private IEnumerable<(string Path, WireMessage Request, HostileValue Value)> Mutations(WireMessage message, string prefix, int depth)
    {
        foreach (var field in message.Type.Fields.InFieldNumberOrder())
        {
            var path = prefix + field.Name;
            var current = message.ValuesOf(field).FirstOrDefault() ?? plausible.ElementFor(field, depth);
            if (field.IsRepeated)
            {
                if (current is not null)
                    yield return (path, message.With(field, Enumerable.Repeat(current, HostileValues.OversizedRepeatCount).ToArray()),
                        new($"{HostileValues.OversizedRepeatCount:N0} items", "", RefusedNamingTheField));
                foreach (var (subPath, element, value) in ValueMutations(field, current, depth))
                    yield return ($"{path}[0]{subPath}", message.With(field, element), value);
                continue;
            }
            foreach (var (subPath, replacement, value) in ValueMutations(field, current, depth))
                yield return (path + subPath, message.With(field, replacement), value);
        }
    }

    private IEnumerable<(string SubPath, object Value, HostileValue Hostile)> ValueMutations(FieldDescriptor field, object? current, int depth)
    {
        var values = field.FieldType switch
        {
            FieldType.String or FieldType.Bytes => HostileValues.ForString(field),
            FieldType.Enum => HostileValues.ForEnum(),
            FieldType.Double or FieldType.Float => HostileValues.ForFloatingPoint(),
            FieldType.Bool => [],
            FieldType.Message when field.MessageType.FullName == "google.protobuf.Timestamp" => HostileValues.ForTimestamp(field.MessageType),
            FieldType.Message => [new HostileValue("empty message", WireMessage.Empty(field.MessageType), AnyDefinedStatus)],
            _ => HostileValues.ForInteger(field),
        };
        foreach (var value in values)
            yield return ("", value.Value, value);
        if (field.FieldType != FieldType.Message || field.MessageType.FullName == "google.protobuf.Timestamp" || depth >= PlausibleRequests.MaxDepth)
            yield break;
        var nested = current as WireMessage ?? plausible.For(field.MessageType, depth + 1);
        foreach (var (path, mutated, value) in Mutations(nested, ".", depth + 1))
            yield return (path, mutated, value);
    }

    /// <summary>Past the 4 MiB message limit: RESOURCE_EXHAUSTED; in the first string field, or an unknown one.</summary>
    private static Variant FiveMiB(ServedMethod method, WireMessage request)
    {
        var text = method.Input.Fields.InFieldNumberOrder().FirstOrDefault(f => f.FieldType == FieldType.String && !f.IsRepeated);
        if (text is not null)
            return new(method, text.Name, "5 MiB string", RefusedNamingTheField, () => request.With(text, new string('x', 5 * HostileValues.MiB)).ToBytes());
        return new(method, "(unknown field 1000)", "5 MiB string", RefusedNamingTheField, () =>
        {
            using var buffer = new MemoryStream();
            var output = new CodedOutputStream(buffer);
            output.WriteTag(1000, WireFormat.WireType.LengthDelimited);
            output.WriteBytes(ByteString.CopyFrom(new byte[5 * HostileValues.MiB]));
            output.Flush();
            return [.. request.ToBytes(), .. buffer.ToArray()];
        });
    }

    /// <summary>FNV-1a: string.GetHashCode differs from run to run, and the random bytes must not.</summary>
    private static int StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
            hash = (hash ^ c) * 16777619u;
        return unchecked((int)hash);
    }
}
