using Buf.Validate;
using Complaints.Common.V1;
using Complaints.EndToEnd.Tests.Infrastructure;
using Google.Protobuf.Reflection;

namespace Complaints.EndToEnd.Tests.Contracts;

/// <summary>
/// Every string and every repeated field a client can send has a stated maximum (complaints/common/v1/rules.proto),
/// found from the service descriptors, so a field added without one fails here by name.
/// </summary>
public sealed class RequestBoundsTests
{
    private static readonly FileDescriptor[] PublicApi = [.. ServedDescriptors.Product.Select(s => s.File).Distinct()];

    [Fact]
    public void EveryStringAndRepeatedFieldOfEveryRequest_HasAMaximum()
    {
        var unbounded = RequestFields().Where(f => !HasMaximum(f)).Select(f => f.FullName).Distinct().Order().ToList();

        Assert.True(unbounded.Count == 0, $"{unbounded.Count} request fields have no stated maximum:\n{string.Join("\n", unbounded)}");
    }

    [Fact]
    public void FreeText_IsMarkedOnlyOnStrings() =>
        Assert.DoesNotContain(RequestFields(), f => f.GetOptions()?.GetExtension(RulesExtensions.FreeText) == true && f.FieldType != FieldType.String);

    [Fact]
    public void TheWalk_CoversEveryProtoThatDeclaresAService()
    {
        var protos = Path.Combine(RepoPaths.Root, "protos");
        var withServices = Directory.EnumerateFiles(Path.Combine(protos, "complaints"), "*.proto", SearchOption.AllDirectories)
            .Where(path => File.ReadLines(path).Any(line => line.StartsWith("service ", StringComparison.Ordinal)))
            .Select(path => Path.GetRelativePath(protos, path).Replace('\\', '/'));

        Assert.Equal(withServices.Order(), PublicApi.Select(f => f.Name).Order());
    }

    private static IEnumerable<FieldDescriptor> RequestFields()
    {
        var seen = new HashSet<string>();
        var pending = new Stack<MessageDescriptor>(PublicApi.SelectMany(f => f.Services).SelectMany(s => s.Methods).Select(m => m.InputType));
        while (pending.TryPop(out var message))
        {
            if (!seen.Add(message.FullName) || message.File.Package.StartsWith("google.", StringComparison.Ordinal))
                continue;
            foreach (var field in message.Fields.InFieldNumberOrder())
            {
                yield return field;
                if (field.FieldType == FieldType.Message)
                    pending.Push(field.MessageType);
            }
        }
    }

    private static bool HasMaximum(FieldDescriptor field)
    {
        var rules = field.GetOptions()?.GetExtension(ValidateExtensions.Field);
        if (field.IsRepeated && rules?.Repeated is not { HasMaxItems: true })
            return false;
        var valueRules = field.IsRepeated ? rules!.Repeated.Items : rules;
        return field.FieldType != FieldType.String || valueRules?.String is { HasMaxLen: true };
    }
}
