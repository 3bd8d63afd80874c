using Complaints.HousingSystem.Contracts;
using Complaints.Investigation.Contracts;

namespace Complaints.Reporting.ReadModels;

/// <summary>
/// One complaint as the measures and the annual report need it (table <c>reporting_complaints</c>): how and when it
/// arrived, what about, which stock, why it was refused, and at each stage when it was entered and answered, the
/// lifecycle's verdict on each clock, the response's overall outcome and who handled it — each moment as the event says
/// it happened (not when recorded), kept the first time it happens.
/// </summary>
internal sealed class ReportedComplaint
{
    public required Guid ComplaintId { get; init; }

    public string? Reference { get; set; }

    public DateTimeOffset? ReceivedAt { get; set; }

    public string? Channel { get; set; }

    /// <summary>The housing management system's reference for the resident (the household), when the complaint gave one.</summary>
    public string? ResidentReference { get; set; }

    /// <summary>The housing management system's reference for the home, when the complaint gave one.</summary>
    public string? PropertyReference { get; set; }

    /// <summary>The policy profile's category code, when one was given.</summary>
    public string? Category { get; set; }

    /// <summary>Null until HousingSystem resolves the resident's tenancy, and for good when it never does.</summary>
    public StockType? StockType { get; set; }

    /// <summary>Declined (stage NotAccepted), with the policy's exclusion reason code.</summary>
    public DateTimeOffset? DeclinedAt { get; set; }

    public string? ExclusionReason { get; set; }

    /// <summary>Treated as a service request: never a complaint, counted nowhere.</summary>
    public bool ServiceRequest { get; set; }

    public DateTimeOffset? Stage1EnteredAt { get; set; }

    public DateTimeOffset? Stage1RespondedAt { get; set; }

    public ResponseOutcome? Stage1Outcome { get; set; }

    public string? Stage1Handler { get; set; }

    public DateTimeOffset? Stage2EnteredAt { get; set; }

    /// <summary>The escalation was refused (stage 2 not accepted).</summary>
    public DateTimeOffset? EscalationRefusedAt { get; set; }

    public DateTimeOffset? Stage2RespondedAt { get; set; }

    public ResponseOutcome? Stage2Outcome { get; set; }

    public string? Stage2Handler { get; set; }

    public DateTimeOffset? WithdrawnAt { get; set; }

    /// <summary>The stage it was withdrawn from: 1, 2, or 0 before it was accepted.</summary>
    public int? WithdrawnAtStage { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public ClockVerdict Stage1Acknowledge { get; set; } = new();

    public ClockVerdict Stage1Respond { get; set; } = new();

    public ClockVerdict Stage2Acknowledge { get; set; } = new();

    public ClockVerdict Stage2Respond { get; set; } = new();
}
