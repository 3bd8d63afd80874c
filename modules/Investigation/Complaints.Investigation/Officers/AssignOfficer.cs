using Complaints.Investigation.Policy;
using Complaints.Kernel.Pipeline;

namespace Complaints.Investigation.Officers;

/// <summary>Put an officer on a complaint at stage 1, or a reviewer at stage 2 (message <c>AssignOfficer</c>).</summary>
internal sealed record AssignOfficerCommand(
    Guid ComplaintId, int Stage, string OfficerId, string OfficerName, Seniority? Seniority, string ServiceArea,
    string? ServiceAreaComplainedAbout, DateTimeOffset? OccurredAt) : ICommand<long>;
