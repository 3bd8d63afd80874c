using System.Text.Json;
using Complaints.Intake.Contracts;
using Complaints.Kernel.Events;
using Complaints.Kernel.Persistence;
using Complaints.Lifecycle.Contracts;
using Complaints.Reporting.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Reporting.ReadModels;

/// <summary>
/// Applies one logged event to <c>reporting_complaints</c>. Each moment is kept the first time it happens, so applying
/// an event twice changes nothing; the caller saves it with the cursor, in one transaction.
/// </summary>
internal static class ComplaintProjection
{
    private const string Logged = "complaints.intake.v1.ComplaintLogged";
    private const string StageChanged = "complaints.lifecycle.v1.ComplaintStageChanged";

    public static async Task ApplyAsync(ReportingDbContext db, LoggedEvent loggedEvent, CancellationToken cancellationToken)
    {
        switch (loggedEvent.EventType)
        {
            case Logged:
                var logged = JsonSerializer.Deserialize<ComplaintLoggedEvent>(loggedEvent.Payload, KernelJson.Options)!;
                var received = await FindOrAddAsync(db, logged.ComplaintId, cancellationToken);
                received.Reference = logged.Reference;
                received.ReceivedAt = logged.ReceivedAt;
                break;
            case StageChanged:
                var changed = JsonSerializer.Deserialize<ComplaintStageChangedEvent>(loggedEvent.Payload, KernelJson.Options)!;
                Apply(await FindOrAddAsync(db, changed.ComplaintId, cancellationToken), changed);
                break;
        }
    }

    private static void Apply(ReportedComplaint complaint, ComplaintStageChangedEvent changed)
    {
        complaint.Reference ??= changed.Reference;
        if (changed.From is null)
            complaint.ReceivedAt ??= changed.OccurredAt; // the lifecycle opens when the complaint is received
        switch (changed.To)
        {
            case ComplaintStage.Stage1Pending or ComplaintStage.Stage1EarlyResolution or ComplaintStage.Stage1Investigating:
                complaint.Stage1EnteredAt ??= changed.OccurredAt;
                break;
            case ComplaintStage.Stage1Responded:
                complaint.Stage1RespondedAt ??= changed.OccurredAt;
                break;
            case ComplaintStage.Stage2Pending or ComplaintStage.Stage2Investigating:
                complaint.Stage2EnteredAt ??= changed.OccurredAt;
                break;
            case ComplaintStage.Stage2Responded:
                complaint.Stage2RespondedAt ??= changed.OccurredAt;
                break;
            case ComplaintStage.NotAccepted or ComplaintStage.ServiceRequest:
                complaint.NotAccepted = true;
                break;
            case ComplaintStage.Withdrawn:
                complaint.Withdrawn = true;
                break;
            case ComplaintStage.Closed:
                complaint.Closed = true;
                break;
        }
    }

    private static async Task<ReportedComplaint> FindOrAddAsync(ReportingDbContext db, Guid complaintId, CancellationToken cancellationToken) =>
        await db.Complaints.FindAsync([complaintId], cancellationToken)
        ?? db.Complaints.Add(new ReportedComplaint { ComplaintId = complaintId }).Entity;
}
