using Complaints.Lifecycle.Contracts;

namespace Complaints.Reporting.ReadModels;

/// <summary>What a stage change tells the read model: stages entered and answered, refusals, withdrawal and closure.</summary>
internal static class StageProjection
{
    public static void Apply(ReportedComplaint complaint, ComplaintStageChangedEvent changed)
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
            case ComplaintStage.EscalationRefused:
                complaint.EscalationRefusedAt ??= changed.OccurredAt;
                break;
            case ComplaintStage.Stage2Responded:
                complaint.Stage2RespondedAt ??= changed.OccurredAt;
                break;
            case ComplaintStage.NotAccepted:
                complaint.DeclinedAt ??= changed.OccurredAt;
                break;
            case ComplaintStage.ServiceRequest:
                complaint.ServiceRequest = true;
                break;
            case ComplaintStage.Withdrawn:
                complaint.WithdrawnAt ??= changed.OccurredAt;
                complaint.WithdrawnAtStage ??= StageOf(changed.From);
                break;
            case ComplaintStage.Closed:
                complaint.ClosedAt ??= changed.OccurredAt;
                break;
        }
    }

    private static int StageOf(ComplaintStage? stage) => stage switch
    {
        ComplaintStage.Stage1Pending or ComplaintStage.Stage1EarlyResolution or ComplaintStage.Stage1Investigating or ComplaintStage.Stage1Responded => 1,
        ComplaintStage.Stage2Pending or ComplaintStage.Stage2Investigating => 2,
        _ => 0,
    };
}
