using System.Collections.Concurrent;
using Complaints.Plugins;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Complaints.Kernel.Pipeline.Plugins.DropIn;

/// <summary>Configuration section <c>Plugins</c>.</summary>
public sealed class PluginFolderOptions
{
    public const string Section = "Plugins";

    /// <summary>Where landlords drop plug-in assemblies (relative to the working directory); none: no drop-in plug-ins.</summary>
    public string? Folder { get; set; }

    /// <summary>
    /// How soon a step registered, changed or switched off through another host sharing the database is seen here (a
    /// change made through this host is seen by the next message).
    /// </summary>
    public TimeSpan RegistrationRefresh { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Which executions the plug-in trace log keeps (Dataverse's setting of the same name).</summary>
    public PluginTraceSetting TraceLog { get; set; } = PluginTraceSetting.All;

    /// <summary>How many days trace lines are kept.</summary>
    public int TraceRetentionDays { get; set; } = 30;

    /// <summary>A step still running after this long is stopped: a synchronous one's message is refused, an asynchronous one is tried again.</summary>
    public TimeSpan StepTimeLimit { get; set; } = TimeSpan.FromSeconds(2);
}

/// <summary>Which step executions the trace log keeps.</summary>
public enum PluginTraceSetting
{
    Off,

    /// <summary>Only executions that failed, refused or ran out of time.</summary>
    Exception,

    All,
}

/// <summary>
/// The plug-in assemblies in the configured folder, as they are now: each message asks for the assembly it needs, and
/// a file added, replaced or removed since the last look is loaded, reloaded or unloaded first. Looking is a
/// directory listing, so the next message after a change always sees it — no watcher to miss an event, no restart.
/// </summary>
public sealed class PluginFolder(IOptions<PluginFolderOptions> options, ILogger<PluginFolder> logger) : IDisposable
{
    private readonly ConcurrentDictionary<string, PluginAssembly> _loaded = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTime> _unloadable = new(StringComparer.Ordinal);
    private readonly Lock _refreshing = new();
    private DateTime _folderWrittenAt;

    /// <summary>
    /// A new instance of <paramref name="typeName"/> from the assembly file <paramref name="assemblyName"/> (without .dll),
    /// after looking at the folder unless the caller has just looked (<see cref="Refresh"/>): a message looks once, not
    /// once per step, as a look is a directory listing (some 15 µs).
    /// </summary>
    public IPlugin Create(string assemblyName, string typeName, bool lookFirst = true)
    {
        if (lookFirst)
            Refresh();
        return _loaded.TryGetValue(assemblyName, out var assembly)
            ? assembly.Create(typeName)
            : throw new InvalidOperationException($"No plug-in assembly {assemblyName}.dll is in the plug-in folder.");
    }

    /// <summary>The plug-in classes each assembly in the folder offers, by assembly name.</summary>
    public IReadOnlyDictionary<string, IReadOnlyCollection<string>> Available()
    {
        Refresh();
        return _loaded.ToDictionary(a => a.Key, a => (IReadOnlyCollection<string>)a.Value.Plugins.Keys.ToList());
    }

    /// <summary>
    /// Brings the loaded assemblies up to date with the folder: loads, reloads and unloads what changed. Most looks find
    /// nothing changed, and are made cheap: the folder's write time (which a file added, removed or renamed moves) and
    /// each known file's own (which a file rewritten in place moves) — a few <c>stat</c> calls, where listing the folder
    /// took a message a sixth of its CPU.
    /// </summary>
    public void Refresh()
    {
        if (options.Value.Folder is not { Length: > 0 } folder)
            return;
        var path = Path.GetFullPath(folder, Environment.CurrentDirectory);
        var folderWrittenAt = Directory.GetLastWriteTimeUtc(path); // 1601 when there is no folder
        if (folderWrittenAt == _folderWrittenAt && Unchanged(path))
            return;
        var directory = new DirectoryInfo(path);
        // One enumeration gives each file's write time with its name: no second look per file.
        var files = directory.Exists
            ? directory.EnumerateFiles("*.dll").ToDictionary(f => Path.GetFileNameWithoutExtension(f.Name), f => f.LastWriteTimeUtc, StringComparer.Ordinal)
            : new Dictionary<string, DateTime>(StringComparer.Ordinal);
        // Noted before the files are compared, so a change made while this look runs is found by the next.
        _folderWrittenAt = folderWrittenAt;
        if (files.Count == _loaded.Count + _unloadable.Count && files.All(f => Seen(f.Key, f.Value)))
            return;
        lock (_refreshing)
        {
            foreach (var (name, assembly) in _loaded.Where(l => !files.TryGetValue(l.Key, out var at) || at != l.Value.WrittenAt).ToList())
            {
                _loaded.TryRemove(name, out _);
                assembly.Dispose();
                logger.LogInformation("Plug-in assembly {Assembly} unloaded", name);
            }
            foreach (var name in _unloadable.Keys.Where(n => !files.TryGetValue(n, out var at) || at != _unloadable[n]).ToList())
                _unloadable.TryRemove(name, out _);
            foreach (var (name, writtenAt) in files.Where(f => !_loaded.ContainsKey(f.Key) && !_unloadable.ContainsKey(f.Key)))
            {
                try
                {
                    var assembly = PluginAssembly.Load(Path.Combine(path, $"{name}.dll"));
                    _loaded[name] = assembly;
                    logger.LogInformation("Plug-in assembly {Assembly} loaded: {Count} plug-in class(es)", name, assembly.Plugins.Count);
                }
                catch (Exception e) when (e is BadImageFormatException or FileLoadException or IOException or TypeLoadException or System.Reflection.ReflectionTypeLoadException)
                {
                    // A file half-copied, or not a .NET assembly at all: skipped until it changes.
                    // Not tried again until the file changes.
                    _unloadable[name] = writtenAt;
                    logger.LogWarning("Plug-in folder file {Assembly}.dll is not a loadable plug-in assembly ({Error})", name, e.GetType().Name);
                }
            }
        }
    }

    private bool Unchanged(string path) =>
        _loaded.All(l => File.GetLastWriteTimeUtc(l.Value.Path) == l.Value.WrittenAt)
        && _unloadable.All(u => File.GetLastWriteTimeUtc(Path.Combine(path, $"{u.Key}.dll")) == u.Value);

    private bool Seen(string name, DateTime writtenAt) =>
        (_loaded.TryGetValue(name, out var assembly) && assembly.WrittenAt == writtenAt)
        || (_unloadable.TryGetValue(name, out var at) && at == writtenAt);

    public void Dispose()
    {
        foreach (var assembly in _loaded.Values)
            assembly.Dispose();
        _loaded.Clear();
    }
}
