using Complaints.Plugins;

namespace Complaints.TestPlugins;

/// <summary>Never finishes on its own: waits until the host stops it.</summary>
public sealed class SlowStep : IPlugin
{
    public Task ExecuteAsync(IPluginExecutionContext context, CancellationToken cancellationToken) =>
        Task.Delay(Timeout.Infinite, cancellationToken);
}

/// <summary>Ignores the host's request to stop: the host must give up waiting all the same.</summary>
public sealed class StubbornStep : IPlugin
{
    public Task ExecuteAsync(IPluginExecutionContext context, CancellationToken cancellationToken) =>
        Task.Delay(TimeSpan.FromSeconds(30), CancellationToken.None);
}
