using Complaints.Kernel.Pipeline;

namespace Complaints.Intake.Decide;

/// <summary>Acknowledge, define and log a complaint at stage 1 (message <c>AcknowledgeComplaint</c>).</summary>
internal sealed record AcknowledgeComplaintCommand(
    Guid ComplaintId, string Definition, string NamedOfficer, string ResolutionSought, DateTimeOffset? OccurredAt, int? ExpectedVersion,
    string? AcceptanceOverrideReason = null)
    : ICommand<Guid>;

/// <summary>Not accepted, for a reason the policy allows (message <c>DeclineComplaint</c>).</summary>
internal sealed record DeclineComplaintCommand(
    Guid ComplaintId, string ExclusionReason, string Explanation, bool OmbudsmanSignposted, DateTimeOffset? OccurredAt, int? ExpectedVersion)
    : ICommand<Guid>;

/// <summary>The resident withdrew the complaint (message <c>WithdrawComplaint</c>).</summary>
internal sealed record WithdrawComplaintCommand(Guid ComplaintId, string Reason, DateTimeOffset? OccurredAt, int? ExpectedVersion)
    : ICommand<Guid>;
