namespace Complaints.Plugins;

/// <summary>
/// Every message a step can be registered on, with its input's attributes: the public contract of each change the API
/// makes. <c>MessageCatalogue.g.cs</c> is generated from the messages the modules handle and kept current by a test, so
/// a change to a message's shape shows here, as a change to this package.
/// </summary>
public static partial class MessageCatalogue
{
    public static MessageContract? Find(string messageName) => Messages.FirstOrDefault(m => m.Name == messageName);
}
