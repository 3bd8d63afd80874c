namespace Complaints.Kernel.Events;

/// <summary>
/// The name an event is known by outside the process — in the event log, on the event stream, in a subscriber's
/// filter — as <c>complaints.&lt;module&gt;.v&lt;n&gt;.&lt;WhatHappened&gt;</c>, the module's proto package and the record's
/// name without "Event". Written down rather than derived from the CLR type, so renaming or moving the record does not
/// silently change what subscribers filter on; a new shape of an event is a new name (v2).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class EventNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
