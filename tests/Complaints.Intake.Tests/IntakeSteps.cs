using Complaints.Intake.Decide;
using Complaints.Intake.Domain;
using Complaints.Intake.Log;
using Complaints.Intake.Persistence;
using Complaints.Kernel.Pipeline;
using Complaints.Lifecycle.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Complaints.Intake.Tests;

/// <summary>Complaints to log and the reads the tests assert on: Intake's record and the lifecycle's.</summary>
internal static class IntakeSteps
{
    public const string Resident = "TEN-000123";

    /// <summary>Monday 2 November 2026, 10:00 GMT.</summary>
    public static readonly DateTimeOffset Received = Instants.Utc("2026-11-02T10:00:00Z");

    public static LogComplaintCommand Complaint(string description = "The repair to my boiler was missed twice.", DateTimeOffset? receivedAt = null) =>
        new(ComplaintChannel.Phone, description, Resident, receivedAt ?? Received, IdempotencyKey: null);

    public static AcknowledgeComplaintCommand Acknowledgement(Guid complaintId, DateTimeOffset? at = null, int? expectedVersion = null, string? overrideReason = null) =>
        new(complaintId, "Boiler repair missed twice", "Sam Patel", "Repair and an apology", at ?? Received.AddDays(1), expectedVersion, overrideReason);

    public static Task<LoggedComplaint> LogAsync(this ModuleTestHost host, LogComplaintCommand command, Actor? actor = null) =>
        host.ExecuteAsync(command, actor);

    public static async Task<Guid> AcknowledgedAsync(this ModuleTestHost host, string description = "The repair to my boiler was missed twice.")
    {
        var logged = await host.LogAsync(Complaint(description));
        return await host.ExecuteAsync(Acknowledgement(logged.Id));
    }

    public static Task<Complaint> ComplaintAsync(this ModuleTestHost host, Guid id) =>
        host.QueryAsync<IntakeDbContext, Complaint>(db => db.Complaints.AsNoTracking().SingleAsync(c => c.Id == id));

    public static Task<int> CountAsync(this ModuleTestHost host, string description) =>
        host.QueryAsync<IntakeDbContext, int>(db => db.Complaints.CountAsync(c => c.Description == description));

    public static async Task<LifecycleView> LifecycleAsync(this ModuleTestHost host, Guid id) =>
        await host.QueryAsync(services => services.GetRequiredService<ILifecycle>().FindAsync(id, null, CancellationToken.None))
        ?? throw new InvalidOperationException($"Complaint {id} has no lifecycle.");

    public static async Task<IReadOnlyList<string>> TriggersAsync(this ModuleTestHost host, Guid id) =>
        (await host.LifecycleAsync(id)).History.Select(t => t.Trigger).ToList();

    /// <summary>Moves the lifecycle as another module would (a stage 1 response is Investigation's message).</summary>
    public static Task<LifecycleView> MoveAsync(this ModuleTestHost host, Guid id, ComplaintTrigger trigger, DateTimeOffset? at = null) =>
        host.InTransactionAsync(services => services.GetRequiredService<ILifecycle>()
            .TransitionAsync(new TransitionRequest(id, trigger, "moved by the test", at), CancellationToken.None));
}
