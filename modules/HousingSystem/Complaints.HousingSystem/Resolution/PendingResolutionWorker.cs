using Complaints.HousingSystem.Adapter;
using Complaints.Kernel.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Complaints.HousingSystem.Resolution;

/// <summary>
/// Resolves complaints' residents and properties in the background: at once when a complaint is linked, and every
/// HousingSystem:ResolveRetryInterval for those the HMS could not answer. Every host may run it: resolving a link
/// twice stores the same records twice, nothing worse.
/// </summary>
internal sealed class PendingResolutionWorker(
    IServiceScopeFactory scopes, ResolutionSignal signal, IOptions<HousingSystemOptions> options, ILogger<PendingResolutionWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Without an HMS every attempt would fail the same way: links wait, pending, for a server that has one.
        if (options.Value.BaseAddress is null)
            return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ComplaintPartyResolver>().ResolvePendingAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(MessageWithheldException.From(e), "Resolving complaints' residents and properties failed; it runs again after {Interval}.",
                    options.Value.ResolveRetryInterval);
            }
            await signal.WaitAsync(options.Value.ResolveRetryInterval, stoppingToken);
        }
    }
}
