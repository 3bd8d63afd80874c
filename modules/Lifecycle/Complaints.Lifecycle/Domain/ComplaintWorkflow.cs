using Complaints.Kernel.StateMachine;

namespace Complaints.Lifecycle.Domain;

/// <summary>
/// The one state machine deciding which stage changes a complaint may make. Read top to bottom; the README's
/// diagram is generated from it. First cut: a logged complaint is triaged into stage 1, a service request, or
/// not accepted, or withdrawn.
/// </summary>
internal static class ComplaintWorkflow
{
    public static readonly StateMachineDefinition<ComplaintStage, ComplaintTrigger, LifecycleCase> Machine = new(workflow =>
    {
        workflow.InitialState(ComplaintStage.Received);

        workflow.Configure(ComplaintStage.Received)
            .Permit(ComplaintTrigger.Accept, ComplaintStage.Stage1)
            .Permit(ComplaintTrigger.TreatAsServiceRequest, ComplaintStage.ServiceRequest)
            .Permit(ComplaintTrigger.Decline, ComplaintStage.NotAccepted)
            .Permit(ComplaintTrigger.Withdraw, ComplaintStage.Withdrawn);

        workflow.Configure(ComplaintStage.Stage1)
            .Permit(ComplaintTrigger.Withdraw, ComplaintStage.Withdrawn);

        workflow.Configure(ComplaintStage.ServiceRequest);
        workflow.Configure(ComplaintStage.NotAccepted);
        workflow.Configure(ComplaintStage.Withdrawn);
    });
}
