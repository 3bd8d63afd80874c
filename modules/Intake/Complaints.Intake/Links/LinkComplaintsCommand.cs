using Complaints.Intake.Domain;
using Complaints.Kernel.Pipeline;

namespace Complaints.Intake.Links;

/// <summary>Link two complaints (message <c>LinkComplaints</c>); a null kind is one the caller may not set.</summary>
internal sealed record LinkComplaintsCommand(Guid ComplaintId, Guid LinkedComplaintId, ComplaintLinkKind? Kind, string Reason) : ICommand<Guid>;
