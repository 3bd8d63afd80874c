namespace Complaints.Kernel.WorkQueue;

/// <summary>What a work item owes: each module lists the kinds it keeps.</summary>
public enum WorkItemKind
{
    /// <summary>A stage 1 or stage 2 acknowledgement (Lifecycle).</summary>
    Acknowledgement = 1,

    /// <summary>A stage 1 or stage 2 response, or the early-resolution step inside stage 1 (Lifecycle).</summary>
    Response = 2,

    /// <summary>An action promised in a response and not yet done (Investigation).</summary>
    PromisedAction = 3,

    /// <summary>An Ombudsman evidence request not yet answered (OmbudsmanLiaison).</summary>
    EvidenceRequest = 4,

    /// <summary>An Ombudsman order not yet complied with (OmbudsmanLiaison).</summary>
    OmbudsmanOrder = 5,

    /// <summary>A contact restriction whose review is due (VexatiousBehaviour).</summary>
    RestrictionReview = 6,

    /// <summary>An award the resident accepted (or an Ombudsman order's award, once approved) not yet paid in full (Compensation).</summary>
    UnpaidAward = 7,

    /// <summary>A running Awaab's Law clock on a hazard in a home: investigate, make safe, summary, safety or further work (Hazards).</summary>
    HazardClock = 8,
}
