namespace Complaints.Lifecycle.Contracts;

/// <summary>
/// Where a complaint is. Exactly two complaint stages, as the Code requires; an early-resolution step (VHA's Quick
/// Fix, THA's Get It Sorted) is a part of stage 1, never a stage before it.
/// </summary>
public enum ComplaintStage
{
    /// <summary>Logged; not yet decided whether it is a complaint.</summary>
    Received,

    /// <summary>Treated as a request for service, recorded and monitored; a complaint can still be raised from it.</summary>
    ServiceRequest,

    /// <summary>Not accepted, for a reason the policy allows, with Ombudsman signposting.</summary>
    NotAccepted,

    /// <summary>Stage 1, accepted and awaiting acknowledgement.</summary>
    Stage1Pending,

    /// <summary>Stage 1, in the policy's early-resolution step.</summary>
    Stage1EarlyResolution,

    /// <summary>Stage 1, acknowledged and being investigated.</summary>
    Stage1Investigating,

    /// <summary>The stage 1 response has been issued; the resident may escalate.</summary>
    Stage1Responded,

    /// <summary>Escalated; awaiting acknowledgement at stage 2.</summary>
    Stage2Pending,

    /// <summary>Stage 2, acknowledged and being reviewed.</summary>
    Stage2Investigating,

    /// <summary>Escalation refused, in writing, with the right to go to the Ombudsman.</summary>
    EscalationRefused,

    /// <summary>The final (stage 2) response has been issued.</summary>
    Stage2Responded,

    /// <summary>Sent to the Building Safety Regulator after stage 1 (a policy route for building-safety complaints).</summary>
    WithBuildingSafetyRegulator,

    Closed,

    Withdrawn,

    /// <summary>The resident has taken it to the Housing Ombudsman.</summary>
    ReferredToOmbudsman,

    /// <summary>The Ombudsman has determined it; orders may be outstanding.</summary>
    Determined,

    /// <summary>Every Ombudsman order has been complied with.</summary>
    RemediesComplied,
}

/// <summary>Groups of stages other modules reason about.</summary>
public static class ComplaintStages
{
    /// <summary>
    /// Stages in which the landlord owes the resident nothing more: closed, withdrawn, not accepted, handled as a service
    /// request, answered with the resident's window to escalate or go to the Ombudsman running from there, or with every
    /// Ombudsman order complied with. A complaint still being handled, at the Building Safety Regulator or with the
    /// Ombudsman is never concluded, however old.
    /// </summary>
    public static readonly IReadOnlySet<ComplaintStage> Concluded = new HashSet<ComplaintStage>
    {
        ComplaintStage.Closed, ComplaintStage.Withdrawn, ComplaintStage.NotAccepted, ComplaintStage.ServiceRequest,
        ComplaintStage.Stage1Responded, ComplaintStage.EscalationRefused, ComplaintStage.Stage2Responded, ComplaintStage.RemediesComplied,
    };
}

/// <summary>Every change a module may ask the lifecycle to make.</summary>
public enum ComplaintTrigger
{
    Accept,
    TreatAsServiceRequest,
    Decline,
    RaiseComplaint,
    StartEarlyResolution,
    ResolveEarly,
    Acknowledge,
    ExtendDeadline,
    IssueStage1Response,
    RequestEscalation,
    AcknowledgeEscalation,
    RefuseEscalation,
    IssueStage2Response,
    ReferToBuildingSafetyRegulator,
    Close,
    CloseForNoReply,
    Withdraw,
    ReferToOmbudsman,
    RecordDetermination,
    RecordCompliance,

    /// <summary>Not a complaint under the policy (IDS: an MP's enquiry): answered as a letter and closed.</summary>
    AnswerAsCorrespondence,
}
