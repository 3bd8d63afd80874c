using System.Runtime.CompilerServices;
using Complaints.Kernel.Pipeline.Plugins.DropIn;
using Complaints.Plugins;
using Complaints.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Complaints.Kernel.Tests.Pipeline.Plugins;

/// <summary>Drop-in plug-in assemblies: loaded from the folder, each in a collectible context, with no restart.</summary>
public sealed class PluginFolderTests : IDisposable
{
    private const string Sample = BuiltPlugins.Samples;
    private const string SampleClass = "Complaints.Samples.DampAndMould.FlagDampAndMould";

    private readonly string _folder = Directory.CreateTempSubdirectory("plugins-").FullName;
    private readonly PluginFolder _plugins;

    public PluginFolderTests() =>
        _plugins = new PluginFolder(Options.Create(new PluginFolderOptions { Folder = _folder }), NullLogger<PluginFolder>.Instance);

    [Fact]
    public async Task AnAssemblyDroppedIntoTheFolder_IsLoadedAndItsPluginRuns()
    {
        Assert.Empty(_plugins.Available());
        DropSample();

        Assert.Equal([SampleClass, "Complaints.Samples.DampAndMould.RequireRootCause"], _plugins.Available()[Sample].Order(StringComparer.Ordinal));
        var context = new TestContext("Black mould in the bathroom");
        await _plugins.Create(Sample, SampleClass).ExecuteAsync(context, CancellationToken.None);
        Assert.Equal(true, context.SharedVariables["possible_hazard"]);
        Assert.Contains("mould", context.Lines[0]);
    }

    [Fact]
    public void AnAssemblyRemovedFromTheFolder_IsGoneForTheNextMessage_AndBackWhenReturned()
    {
        DropSample();
        _plugins.Create(Sample, SampleClass);

        File.Delete(Path.Combine(_folder, $"{Sample}.dll"));
        var gone = Assert.Throws<InvalidOperationException>(() => _plugins.Create(Sample, SampleClass));
        Assert.Contains($"No plug-in assembly {Sample}.dll", gone.Message);

        DropSample();
        Assert.NotNull(_plugins.Create(Sample, SampleClass));
    }

    [Fact]
    public void AReplacedAssembly_IsLoadedAfresh_AndTheOldOneIsUnloaded()
    {
        DropSample();
        var old = LoadedAssembly();

        DropSample(writtenAt: DateTime.UtcNow.AddMinutes(1)); // a new build of it
        _plugins.Create(Sample, SampleClass);

        for (var attempt = 0; attempt < 20 && old.IsAlive; attempt++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
        Assert.False(old.IsAlive, "the replaced assembly's load context was not collected");
    }

    [Fact]
    public void AFileThatIsNotAnAssembly_IsSkipped_AndTheOthersStillLoad()
    {
        File.WriteAllText(Path.Combine(_folder, "notes.dll"), "not an assembly");
        DropSample();

        Assert.Equal([Sample], _plugins.Available().Keys);
    }

    [Fact]
    public void AClassTheAssemblyDoesNotHave_IsRefusedByName()
    {
        DropSample();

        var refusal = Assert.Throws<InvalidOperationException>(() => _plugins.Create(Sample, "Complaints.Samples.NoSuchPlugin"));

        Assert.Contains("no public plug-in class Complaints.Samples.NoSuchPlugin", refusal.Message);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private WeakReference LoadedAssembly() => new(_plugins.Create(Sample, SampleClass).GetType().Assembly);

    private void DropSample(DateTime? writtenAt = null)
    {
        var target = Path.Combine(_folder, $"{Sample}.dll");
        File.Copy(BuiltPlugins.SamplesAssembly(), target, overwrite: true);
        File.SetLastWriteTimeUtc(target, writtenAt ?? DateTime.UtcNow);
    }

    public void Dispose()
    {
        _plugins.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private sealed class TestContext(string description) : IPluginExecutionContext, ITracingService
    {
        public List<string> Lines { get; } = [];
        public string MessageName => "LogComplaint";
        public PluginStage Stage => PluginStage.PostOperation;
        public PluginMode Mode => PluginMode.Asynchronous;
        public Entity Target { get; } = new("log_complaint") { ["description"] = description };
        public Entity? PreImage => null;
        public Entity? PostImage => null;
        public Entity? Output => null;
        public string InitiatingUserId => "officer-1";
        public string CorrelationId => "corr-1";
        public int Depth => 1;
        public DateTimeOffset StartedAt => DateTimeOffset.UnixEpoch;
        public IDictionary<string, object?> SharedVariables { get; } = new Dictionary<string, object?>();
        public string? UnsecureConfiguration => null;
        public string? SecureConfiguration => null;
        public ITracingService Trace => this;
        public IMessageService Messages => throw new InvalidOperationException("These tests' steps send no messages.");
        public IRecordReader Records => throw new InvalidOperationException("These tests' steps read no records.");
        void ITracingService.Trace(string format, params object?[] args) => Lines.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args));
    }
}
