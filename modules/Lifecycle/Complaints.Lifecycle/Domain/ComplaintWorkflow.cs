using Complaints.Kernel.StateMachine;
using Complaints.Lifecycle.Contracts;
using S = Complaints.Lifecycle.Contracts.ComplaintStage;
using T = Complaints.Lifecycle.Contracts.ComplaintTrigger;

namespace Complaints.Lifecycle.Domain;

/// <summary>
/// The one state machine deciding which stage changes a complaint may make, read top to bottom. The README's
/// diagram is generated from it (a test keeps them identical). Policy switches are guards on the profile; numbers
/// (deadlines, windows) are clocks, not stages.
/// </summary>
internal static class ComplaintWorkflow
{
    public static readonly StateMachineDefinition<ComplaintStage, ComplaintTrigger, WorkflowContext> Machine = new(workflow =>
    {
        workflow.InitialState(S.Received);

        workflow.Configure(S.Received)
            .Permit(T.Accept, S.Stage1Pending)
            .Permit(T.TreatAsServiceRequest, S.ServiceRequest)
            .Permit(T.Decline, S.NotAccepted)
            .PermitIf(T.AnswerAsCorrespondence, S.Closed,
                c => c.Case.Correspondence, "the policy routes this enquiry to correspondence, not the complaints process")
            .Permit(T.Withdraw, S.Withdrawn);

        workflow.Configure(S.ServiceRequest)
            .Permit(T.RaiseComplaint, S.Stage1Pending)
            .Permit(T.Close, S.Closed);

        workflow.Configure(S.NotAccepted);

        // Stage 1: the parent carries what may happen at any point of it.
        workflow.Configure(S.Stage1Pending)
            .Permit(T.Acknowledge, S.Stage1Investigating)
            .PermitIf(T.StartEarlyResolution, S.Stage1EarlyResolution,
                c => c.Policy.InformalResolution is not null, "the policy has an early-resolution step")
            .Permit(T.Withdraw, S.Withdrawn);

        workflow.Configure(S.Stage1EarlyResolution)
            .Permit(T.ResolveEarly, S.Closed)
            .Permit(T.Acknowledge, S.Stage1Investigating)
            .Permit(T.Withdraw, S.Withdrawn);

        workflow.Configure(S.Stage1Investigating)
            .PermitReentry(T.ExtendDeadline)
            .Permit(T.IssueStage1Response, S.Stage1Responded)
            .Permit(T.Withdraw, S.Withdrawn);

        workflow.Configure(S.Stage1Responded)
            .Permit(T.RequestEscalation, S.Stage2Pending)
            .Permit(T.Close, S.Closed)
            .PermitIf(T.CloseForNoReply, S.Closed,
                c => c.Policy.AutoCloseNoReplyWorkingDays is not null, "the policy closes stage 1 when the resident does not reply")
            .PermitIf(T.ReferToBuildingSafetyRegulator, S.WithBuildingSafetyRegulator,
                c => c.Policy.BuildingSafetyRoute is not null && c.Case.BuildingSafety,
                "the policy routes building-safety complaints to the Regulator and this is one");

        workflow.Configure(S.Stage2Pending)
            .Permit(T.AcknowledgeEscalation, S.Stage2Investigating)
            .Permit(T.RefuseEscalation, S.EscalationRefused)
            .Permit(T.Withdraw, S.Withdrawn);

        workflow.Configure(S.Stage2Investigating)
            .PermitReentry(T.ExtendDeadline)
            .Permit(T.IssueStage2Response, S.Stage2Responded)
            .Permit(T.Withdraw, S.Withdrawn);

        workflow.Configure(S.EscalationRefused).Permit(T.Close, S.Closed);
        workflow.Configure(S.Stage2Responded).Permit(T.Close, S.Closed);
        workflow.Configure(S.WithBuildingSafetyRegulator).Permit(T.Close, S.Closed);
        workflow.Configure(S.Closed);
        workflow.Configure(S.Withdrawn);

        workflow.Configure(S.ReferredToOmbudsman).Permit(T.RecordDetermination, S.Determined);
        workflow.Configure(S.Determined).Permit(T.RecordCompliance, S.RemediesComplied);
        workflow.Configure(S.RemediesComplied);

        // A resident may go to the Ombudsman at any time, whatever stage the complaint is in.
        foreach (var stage in Enum.GetValues<ComplaintStage>().Where(s => s is not (S.ReferredToOmbudsman or S.Determined or S.RemediesComplied)))
            workflow.Configure(stage).Permit(T.ReferToOmbudsman, S.ReferredToOmbudsman);
    });
}
