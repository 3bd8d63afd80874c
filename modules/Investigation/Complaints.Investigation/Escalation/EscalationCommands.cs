using Complaints.Kernel.Pipeline;

namespace Complaints.Investigation.Escalation;

/// <summary>The resident asks for stage 2 (message <c>RequestEscalation</c>).</summary>
internal sealed record RequestEscalationCommand(Guid ComplaintId, string? Reasons, DateTimeOffset? OccurredAt, int? ExpectedVersion = null)
    : ICommand<EscalationRequested>;

/// <summary>Whether the request came within the policy's window, and why.</summary>
internal sealed record EscalationRequested(Guid ComplaintId, bool WithinWindow, string Explanation);

/// <summary>Acknowledge the stage 2 request (message <c>AcknowledgeEscalation</c>).</summary>
internal sealed record AcknowledgeEscalationCommand(Guid ComplaintId, DateTimeOffset? OccurredAt, int? ExpectedVersion = null) : ICommand<Guid>;

/// <summary>Refuse stage 2 in writing, with Ombudsman signposting (message <c>RefuseEscalation</c>).</summary>
internal sealed record RefuseEscalationCommand(Guid ComplaintId, string ReasonCode, string Reasons, bool OmbudsmanSignposted, DateTimeOffset? OccurredAt,
    int? ExpectedVersion = null)
    : ICommand<Guid>;
