using Google.Protobuf.Reflection;

namespace Complaints.Grpc.Reflection;

/// <summary>
/// The proto files behind the registered services and everything they import, indexed by file name, by fully
/// qualified symbol (services, methods, messages, enums, nested types) and by extension.
/// </summary>
internal sealed class DescriptorIndex
{
    private readonly Dictionary<string, FileDescriptor> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FileDescriptor> _symbols = new(StringComparer.Ordinal);
    private readonly List<FieldDescriptor> _extensions = [];

    public DescriptorIndex(IEnumerable<ServiceDescriptor> services)
    {
        ServiceNames = services.Select(s => s.FullName).Order(StringComparer.Ordinal).ToList();
        foreach (var file in services.Select(s => s.File))
            AddFile(file);
    }

    public IReadOnlyList<string> ServiceNames { get; }

    public FileDescriptor? FindFile(string name) => _files.GetValueOrDefault(name);

    public FileDescriptor? FindFileContainingSymbol(string symbol) => _symbols.GetValueOrDefault(symbol);

    public FileDescriptor? FindFileContainingExtension(string extendee, int number) =>
        _extensions.FirstOrDefault(e => e.ExtendeeType.FullName == extendee && e.FieldNumber == number)?.File;

    /// <summary>The extension numbers known for a message type, or null when the type itself is unknown.</summary>
    public IReadOnlyList<int>? FindExtensionNumbers(string messageType) =>
        _symbols.ContainsKey(messageType)
            ? _extensions.Where(e => e.ExtendeeType.FullName == messageType).Select(e => e.FieldNumber).Order().ToList()
            : null;

    /// <summary>A file and, after it, everything it imports, each once; what a reflection client needs to rebuild it.</summary>
    public static IEnumerable<FileDescriptor> WithDependencies(FileDescriptor file)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<FileDescriptor>([file]);
        while (pending.TryPop(out var next))
        {
            if (!seen.Add(next.Name))
                continue;
            yield return next;
            foreach (var dependency in next.Dependencies)
                pending.Push(dependency);
        }
    }

    private void AddFile(FileDescriptor file)
    {
        if (!_files.TryAdd(file.Name, file))
            return;
        foreach (var service in file.Services)
        {
            _symbols[service.FullName] = file;
            foreach (var method in service.Methods)
                _symbols[method.FullName] = file;
        }
        foreach (var message in file.MessageTypes)
            AddMessage(message, file);
        foreach (var enumType in file.EnumTypes)
            _symbols[enumType.FullName] = file;
        _extensions.AddRange(file.Extensions.UnorderedExtensions);
        foreach (var dependency in file.Dependencies)
            AddFile(dependency);
    }

    private void AddMessage(MessageDescriptor message, FileDescriptor file)
    {
        _symbols[message.FullName] = file;
        foreach (var nested in message.NestedTypes)
            AddMessage(nested, file);
        foreach (var enumType in message.EnumTypes)
            _symbols[enumType.FullName] = file;
        _extensions.AddRange(message.Extensions.UnorderedExtensions);
    }
}
