using System.Collections;
using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace Complaints.Host.Api.Rules;

/// <summary>One field's checks: how many items (repeated fields), and what each value may be.</summary>
internal sealed class FieldChecks
{
    private readonly FieldDescriptor _field;
    private readonly ItemCount? _items;
    private readonly ValueRule[] _valueRules;

    private FieldChecks(FieldDescriptor field, ItemCount? items, ValueRule[] valueRules)
    {
        _field = field;
        _items = items;
        _valueRules = valueRules;
    }

    public static FieldChecks Compile(FieldDescriptor field)
    {
        var stated = StatedRules.Of(field);
        var valueRules = field.IsRepeated ? stated?.Repeated?.Items : stated;
        if (field.IsRepeated && stated is not null && stated.TypeCase is not (Buf.Validate.FieldRules.TypeOneofCase.Repeated or Buf.Validate.FieldRules.TypeOneofCase.None))
            throw StatedRules.Unsupported(field, $"{stated.TypeCase} rules on a repeated field");
        var items = field.IsRepeated ? ItemCount.From(field, stated?.Repeated) : null;
        return new FieldChecks(field, items, ValueRule.For(field, valueRules).ToArray());
    }

    public void Check(IMessage message, string path, Violations violations)
    {
        var name = path.Length == 0 ? _field.Name : $"{path}.{_field.Name}";
        var value = _field.Accessor.GetValue(message);
        if (_field.IsMap)
            return;
        if (!_field.IsRepeated)
        {
            CheckValue(value, name, violations);
            return;
        }
        var list = (IList)value;
        if (_items is not null && !_items.Allows(list.Count, name, violations))
            return;
        for (var i = 0; i < list.Count && !violations.Full; i++)
            CheckValue(list[i], $"{name}[{i}]", violations);
    }

    private void CheckValue(object? value, string name, Violations violations)
    {
        if (value is null)
            return;
        foreach (var rule in _valueRules)
        {
            var problem = rule.Problem(value);
            if (problem is not null)
            {
                violations.Add(name, problem);
                return;
            }
        }
        if (value is IMessage nested)
            RequestRules.For(nested.Descriptor).Check(nested, name, violations);
    }
}
