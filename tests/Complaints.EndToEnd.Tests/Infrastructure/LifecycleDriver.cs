using Complaints.Kernel.Persistence;
using Complaints.Lifecycle.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace Complaints.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Moves a complaint on through the Lifecycle contract inside the running host, for stages whose own RPCs belong to
/// modules not built yet (a stage 1 response is Investigation's). The same contract and transaction as the modules use.
/// </summary>
public static class LifecycleDriver
{
    public static async Task TransitionAsync(RunningHost host, string complaintId, ComplaintTrigger trigger, DateTimeOffset? occurredAt = null)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<UnitOfWork>();
        var lifecycle = scope.ServiceProvider.GetRequiredService<ILifecycle>();
        await unitOfWork.ExecuteAsync(
            () => lifecycle.TransitionAsync(new TransitionRequest(Guid.Parse(complaintId), trigger, "driven by the test", occurredAt), CancellationToken.None),
            CancellationToken.None);
    }
}
