using Complaints.Kernel.Leases;
using Complaints.Kernel.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Complaints.Kernel.Background;

/// <summary>
/// Background work that runs at start-up and then every <see cref="Interval"/>: one failed pass is logged (without its
/// message, which may quote a record) and the next runs as planned. Work named in <see cref="OneHostAtATime"/> runs on
/// the host holding that lease only (<see cref="SweepTurns"/>), so several hosts on one database do it once.
/// </summary>
public abstract class PeriodicWork(IServiceScopeFactory scopes, ILogger logger) : BackgroundService
{
    /// <summary>For the work's own scopes: each pass makes what it needs and lets it go.</summary>
    protected IServiceScopeFactory Scopes { get; } = scopes;

    protected ILogger Logger { get; } = logger;

    protected abstract bool Enabled { get; }

    protected abstract TimeSpan Interval { get; }

    /// <summary>What the log calls it when a pass fails, e.g. "The no-reply sweep".</summary>
    protected abstract string Description { get; }

    /// <summary>The lease that keeps the work to one host at a time; null when every host does its own.</summary>
    protected virtual string? OneHostAtATime => null;

    protected abstract Task RunOnceAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
            return;
        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                if (OneHostAtATime is not { } lease || await SweepTurns.IsMineAsync(Scopes, lease, Interval, stoppingToken))
                    await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Logger.LogError(MessageWithheldException.From(e), "{Work} failed; it runs again after {Interval}.", Description, Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
