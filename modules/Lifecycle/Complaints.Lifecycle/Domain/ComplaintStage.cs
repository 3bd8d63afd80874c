namespace Complaints.Lifecycle.Domain;

/// <summary>
/// The stages a complaint moves through. This first cut holds what logging needs; the full Code lifecycle (stage 1
/// and 2, responses, escalation, Ombudsman) is refined from the landlord policies in the Intake/Lifecycle release.
/// </summary>
internal enum ComplaintStage
{
    Received,
    Stage1,
    ServiceRequest,
    NotAccepted,
    Withdrawn,
}

/// <summary>What can happen to a complaint; each trigger is requested by a module through <c>ILifecycle</c>.</summary>
internal enum ComplaintTrigger
{
    Accept,
    TreatAsServiceRequest,
    Decline,
    Withdraw,
}
