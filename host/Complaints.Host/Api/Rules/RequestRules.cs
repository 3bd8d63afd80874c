using System.Collections.Concurrent;
using Complaints.Kernel.Errors;
using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace Complaints.Host.Api.Rules;

/// <summary>
/// Checks a request against what its proto says each field may hold (see <c>complaints/common/v1/rules.proto</c>):
/// the buf.validate bounds written on its fields, no control characters outside free text, declared enum values only,
/// timestamps a Timestamp can hold. Runs before any handler, so a handler never sees a value it could not store.
/// </summary>
/// <remarks>
/// Why not the ProtoValidate package itself: it evaluates every rule as CEL, measured at ~80 µs and ~120 KB allocated
/// for a four-field message, on every call. The rules this API uses are few and plain, so they are compiled here once per
/// message type into direct checks (the package still serves as the reference the tests compare against), and a rule
/// this class does not know fails loudly when the type is first compiled rather than being skipped.
/// </remarks>
internal static class RequestRules
{
    private static readonly ConcurrentDictionary<MessageDescriptor, MessageRules> Compiled = new();

    public static void Check(IMessage request)
    {
        var violations = new Violations();
        For(request.Descriptor).Check(request, "", violations);
        if (violations.Count > 0)
            throw new ValidationException(violations.ToArray());
    }

    /// <summary>The compiled rules of one message type (compiled on first use; nested types on first visit).</summary>
    public static MessageRules For(MessageDescriptor descriptor) => Compiled.GetOrAdd(descriptor, MessageRules.Compile);
}
