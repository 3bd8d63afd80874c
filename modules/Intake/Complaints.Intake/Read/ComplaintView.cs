using Complaints.Intake.Domain;
using Complaints.Lifecycle.Contracts;

namespace Complaints.Intake.Read;

/// <summary>A complaint as callers read it: Intake's record with its lifecycle stage and its links.</summary>
internal sealed record ComplaintView(Complaint Complaint, LifecycleView Lifecycle, IReadOnlyList<LinkView> Links)
{
    /// <summary>The compliment or feedback it was logged from, if any (the link is kept on the feedback's side).</summary>
    public Guid? FeedbackId { get; init; }
}
