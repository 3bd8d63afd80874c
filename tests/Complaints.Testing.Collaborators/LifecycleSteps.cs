using Complaints.Lifecycle.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace Complaints.Testing.Collaborators;

/// <summary>The Lifecycle as a module sees it: read a complaint's stage and clocks, or move it as another module's message would.</summary>
public static class LifecycleSteps
{
    public static async Task<LifecycleView> LifecycleAsync(this ModuleTestHost host, Guid complaintId) =>
        await host.QueryAsync(services => services.GetRequiredService<ILifecycle>().FindAsync(complaintId, null, CancellationToken.None))
        ?? throw new InvalidOperationException($"Complaint {complaintId} has no lifecycle.");

    public static async Task<IReadOnlyList<string>> TriggersAsync(this ModuleTestHost host, Guid complaintId) =>
        (await host.LifecycleAsync(complaintId)).History.Select(t => t.Trigger).ToList();

    /// <summary>Moves the lifecycle in a transaction of its own, as the message owning <paramref name="trigger"/> would.</summary>
    public static Task<LifecycleView> MoveAsync(this ModuleTestHost host, Guid complaintId, ComplaintTrigger trigger, DateTimeOffset? at = null) =>
        host.InTransactionAsync(services => services.GetRequiredService<ILifecycle>()
            .TransitionAsync(new TransitionRequest(complaintId, trigger, "moved by the test", at), CancellationToken.None));

    /// <summary>The triggers that take a received complaint to <paramref name="stage"/> (under any profile).</summary>
    public static IReadOnlyList<ComplaintTrigger> PathTo(ComplaintStage stage) => stage switch
    {
        ComplaintStage.Received => [],
        ComplaintStage.NotAccepted => [ComplaintTrigger.Decline],
        ComplaintStage.Withdrawn => [ComplaintTrigger.Withdraw],
        ComplaintStage.Stage1Pending => [ComplaintTrigger.Accept],
        ComplaintStage.Stage1Investigating => [ComplaintTrigger.Accept, ComplaintTrigger.Acknowledge],
        ComplaintStage.Stage1Responded => [.. PathTo(ComplaintStage.Stage1Investigating), ComplaintTrigger.IssueStage1Response],
        ComplaintStage.Closed => [.. PathTo(ComplaintStage.Stage1Responded), ComplaintTrigger.Close],
        ComplaintStage.Stage2Pending => [.. PathTo(ComplaintStage.Stage1Responded), ComplaintTrigger.RequestEscalation],
        ComplaintStage.Stage2Investigating => [.. PathTo(ComplaintStage.Stage2Pending), ComplaintTrigger.AcknowledgeEscalation],
        ComplaintStage.EscalationRefused => [.. PathTo(ComplaintStage.Stage2Pending), ComplaintTrigger.RefuseEscalation],
        ComplaintStage.Stage2Responded => [.. PathTo(ComplaintStage.Stage2Investigating), ComplaintTrigger.IssueStage2Response],
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, "no path written for this stage"),
    };
}
