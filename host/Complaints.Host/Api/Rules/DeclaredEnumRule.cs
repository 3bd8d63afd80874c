using Google.Protobuf.Reflection;

namespace Complaints.Host.Api.Rules;

/// <summary>
/// An enum field holds one of its declared values. Proto3 lets a client send any number; the API has no meaning for
/// one it did not declare, so it is refused here by name rather than somewhere deep in a handler.
/// </summary>
internal sealed class DeclaredEnumRule(EnumDescriptor type) : ValueRule
{
    private readonly HashSet<int> _declared = type.Values.Select(v => v.Number).ToHashSet();

    public override string? Problem(object value)
    {
        var number = Convert.ToInt32(value);
        return _declared.Contains(number) ? null : $"must be one of the values {type.Name} declares ({number} is not one)";
    }
}
