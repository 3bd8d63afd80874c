namespace Complaints.Plugins;

/// <summary>A message a step can be registered on: its name and the attributes of its input (<see cref="IPluginExecutionContext.Target"/>).</summary>
public sealed record MessageContract(string Name, IReadOnlyList<AttributeContract> Attributes)
{
    public AttributeContract? Attribute(string name) => Attributes.FirstOrDefault(a => a.Name == name);
}

/// <summary>
/// One attribute of a message's input: its name, its type (<c>string</c>, <c>bool</c>, <c>int</c>, <c>decimal</c>,
/// <c>guid</c>, <c>datetime</c>, <c>date</c>, <c>enum Channel(Phone|Email|…)</c>, <c>string[]</c>, <c>entity …</c>,
/// <c>entity[] …</c>), whether a message may be sent without it, and whether a Pre step may change it.
/// </summary>
public sealed record AttributeContract(string Name, string Type, bool Optional, bool Settable);
