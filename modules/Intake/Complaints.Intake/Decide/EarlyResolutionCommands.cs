using Complaints.Kernel.Pipeline;

namespace Complaints.Intake.Decide;

/// <summary>
/// Start the policy's early-resolution step inside stage 1 (VHA's Quick Fix, THA's Get It Sorted), accepting the
/// complaint first if needed (message <c>StartEarlyResolution</c>).
/// </summary>
internal sealed record StartEarlyResolutionCommand(
    Guid ComplaintId, string NamedOfficer, DateTimeOffset? OccurredAt, int? ExpectedVersion, string? AcceptanceOverrideReason)
    : ICommand<Guid>;

/// <summary>The early-resolution step put things right and the resident is satisfied (message <c>ResolveEarly</c>).</summary>
internal sealed record ResolveEarlyCommand(Guid ComplaintId, string Resolution, DateTimeOffset? OccurredAt, int? ExpectedVersion)
    : ICommand<Guid>;
