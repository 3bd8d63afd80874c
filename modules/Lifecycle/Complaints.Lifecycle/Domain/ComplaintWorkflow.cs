using Complaints.Kernel.Errors;
using Complaints.Lifecycle.Contracts;
using Complaints.Lifecycle.Policy;
using Stateless;
using Stateless.Graph;
using S = Complaints.Lifecycle.Contracts.ComplaintStage;
using T = Complaints.Lifecycle.Contracts.ComplaintTrigger;

namespace Complaints.Lifecycle.Domain;

/// <summary>
/// The one state machine deciding which stage changes a complaint may make, read top to bottom. The README's
/// diagram is Stateless's drawing of it (a test keeps them identical). Policy switches are guards on the profile;
/// numbers (deadlines, windows) are clocks, not stages. A machine is configured per call over one complaint, so
/// its guards read that complaint and the policy in force; configuring one costs microseconds.
/// </summary>
internal static class ComplaintWorkflow
{
    /// <summary>Where every complaint starts.</summary>
    public const ComplaintStage InitialStage = S.Received;

    /// <summary>The workflow as Stateless draws it (Mermaid); guards are drawn by their descriptions, so any complaint will do.</summary>
    public static readonly string Diagram = MermaidGraph.Format(At(InitialStage, new LifecycleCase(), new LifecyclePolicy()).GetInfo());

    /// <summary>The machine over the complaint's stored stage: firing a trigger moves <see cref="LifecycleCase.Stage"/>.</summary>
    public static StateMachine<S, T> Over(LifecycleCase complaint, LifecyclePolicy policy) =>
        Configure(new StateMachine<S, T>(() => complaint.Stage, stage => complaint.Stage = stage), complaint, policy);

    /// <summary>The machine standing at <paramref name="stage"/> (as a complaint stood at an earlier instant), for questions only.</summary>
    public static StateMachine<S, T> At(S stage, LifecycleCase complaint, LifecyclePolicy policy) =>
        Configure(new StateMachine<S, T>(stage), complaint, policy);

    /// <summary>The triggers the machine accepts now, in the enum's order.</summary>
    public static IReadOnlyList<T> Permitted(StateMachine<S, T> machine) => [.. Enum.GetValues<T>().Where(machine.CanFire)];

    private static StateMachine<S, T> Configure(StateMachine<S, T> workflow, LifecycleCase complaint, LifecyclePolicy policy)
    {
        workflow.Configure(S.Received)
            .Permit(T.Accept, S.Stage1Pending)
            .Permit(T.TreatAsServiceRequest, S.ServiceRequest)
            .Permit(T.Decline, S.NotAccepted)
            .PermitIf(T.AnswerAsCorrespondence, S.Closed,
                () => complaint.Correspondence, "the policy routes this enquiry to correspondence, not the complaints process")
            .Permit(T.Withdraw, S.Withdrawn);

        workflow.Configure(S.ServiceRequest)
            .Permit(T.RaiseComplaint, S.Stage1Pending)
            .Permit(T.Close, S.Closed);

        workflow.Configure(S.NotAccepted);

        workflow.Configure(S.Stage1Pending)
            .Permit(T.Acknowledge, S.Stage1Investigating)
            .PermitIf(T.StartEarlyResolution, S.Stage1EarlyResolution,
                () => policy.InformalResolution is not null, "the policy has an early-resolution step")
            .Permit(T.Withdraw, S.Withdrawn);

        workflow.Configure(S.Stage1EarlyResolution)
            .Permit(T.ResolveEarly, S.Closed)
            .Permit(T.Acknowledge, S.Stage1Investigating)
            .Permit(T.Withdraw, S.Withdrawn);

        // An extension leaves the complaint where it is but is a transition all the same: recorded, versioned, clocked.
        workflow.Configure(S.Stage1Investigating)
            .PermitReentry(T.ExtendDeadline)
            .Permit(T.IssueStage1Response, S.Stage1Responded)
            .Permit(T.Withdraw, S.Withdrawn);

        workflow.Configure(S.Stage1Responded)
            .Permit(T.RequestEscalation, S.Stage2Pending)
            .Permit(T.Close, S.Closed)
            .PermitIf(T.CloseForNoReply, S.Closed,
                () => policy.AutoCloseNoReplyWorkingDays is not null, "the policy closes stage 1 when the resident does not reply")
            .PermitIf(T.ReferToBuildingSafetyRegulator, S.WithBuildingSafetyRegulator,
                () => policy.BuildingSafetyRoute is not null && complaint.BuildingSafety,
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
        foreach (var stage in Enum.GetValues<S>().Where(s => s is not (S.ReferredToOmbudsman or S.Determined or S.RemediesComplied)))
            workflow.Configure(stage).Permit(T.ReferToOmbudsman, S.ReferredToOmbudsman);

        workflow.OnUnhandledTrigger((stage, trigger, unmetGuards) =>
            throw TransitionRefusedException.Of(stage, trigger, Permitted(workflow), unmetGuards, "the complaint"));
        return workflow;
    }
}
