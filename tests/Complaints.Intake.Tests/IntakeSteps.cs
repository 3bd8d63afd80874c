using Complaints.Intake.Decide;
using Complaints.Intake.Domain;
using Complaints.Intake.Log;
using Complaints.Intake.Persistence;
using Complaints.Kernel.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Intake.Tests;

/// <summary>Complaints to log, and Intake's record of them (the lifecycle's is read through <see cref="LifecycleSteps"/>).</summary>
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
}
