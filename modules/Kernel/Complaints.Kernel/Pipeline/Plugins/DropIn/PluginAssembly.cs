using System.Reflection;
using System.Runtime.Loader;
using Complaints.Plugins;

namespace Complaints.Kernel.Pipeline.Plugins.DropIn;

/// <summary>
/// One drop-in assembly, loaded into a collectible context of its own so that it can be replaced or removed without a
/// restart. The SDK resolves to the host's own copy (one <see cref="IPlugin"/> type for host and plug-in); anything
/// else the plug-in ships beside it comes from its folder; the modules' assemblies are never offered to it.
/// </summary>
internal sealed class PluginAssembly : IDisposable
{
    private readonly Context _context;

    private PluginAssembly(Context context, Assembly assembly, string path, DateTime writtenAt, IReadOnlyDictionary<string, Type> plugins)
    {
        _context = context;
        Assembly = assembly;
        Path = path;
        WrittenAt = writtenAt;
        Plugins = plugins;
    }

    public Assembly Assembly { get; }

    public string Path { get; }

    public DateTime WrittenAt { get; }

    /// <summary>Its plug-in classes by full type name.</summary>
    public IReadOnlyDictionary<string, Type> Plugins { get; }

    /// <summary>Loads the file from a copy in memory, so the file itself stays free to be replaced or deleted.</summary>
    public static PluginAssembly Load(string path)
    {
        var context = new Context(System.IO.Path.GetDirectoryName(path)!);
        try
        {
            using var image = new MemoryStream(File.ReadAllBytes(path));
            var assembly = context.LoadFromStream(image);
            var plugins = assembly.GetExportedTypes()
                .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IPlugin).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
                .ToDictionary(t => t.FullName!, StringComparer.Ordinal);
            return new PluginAssembly(context, assembly, path, File.GetLastWriteTimeUtc(path), plugins);
        }
        catch
        {
            context.Unload();
            throw;
        }
    }

    public IPlugin Create(string typeName) =>
        Plugins.TryGetValue(typeName, out var type)
            ? (IPlugin)Activator.CreateInstance(type)!
            : throw new InvalidOperationException($"{System.IO.Path.GetFileName(Path)} has no public plug-in class {typeName} with a parameterless constructor.");

    /// <summary>Lets the runtime collect the assembly once nothing running uses it any more.</summary>
    public void Dispose() => _context.Unload();

    private sealed class Context(string folder) : AssemblyLoadContext($"plugin:{folder}", isCollectible: true)
    {
        private static readonly string Sdk = typeof(IPlugin).Assembly.GetName().Name!;

        protected override Assembly? Load(AssemblyName name)
        {
            if (name.Name == Sdk)
                return typeof(IPlugin).Assembly;
            var beside = System.IO.Path.Combine(folder, $"{name.Name}.dll");
            if (File.Exists(beside) && !IsHostAssembly(name))
            {
                using var image = new MemoryStream(File.ReadAllBytes(beside));
                return LoadFromStream(image);
            }
            // The framework (System.*) from the default context; the product's own assemblies are never offered.
            return IsHostAssembly(name) ? throw new FileNotFoundException($"A plug-in may not load {name.Name}: plug-ins reference the SDK only.") : null;
        }

        private static bool IsHostAssembly(AssemblyName name) =>
            name.Name is { } n && n.StartsWith("Complaints.", StringComparison.Ordinal) && n != Sdk;
    }
}
