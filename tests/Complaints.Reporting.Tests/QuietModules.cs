using Complaints.Intake.Contracts;
using Complaints.Investigation.Contracts;

namespace Complaints.Reporting.Tests;

/// <summary>
/// Intake's feedback counts and Investigation's handlers, as modules with nothing recorded answer them: these tests
/// cover the read models the events feed; the annual report and the work queue over the real modules are tested end to
/// end (AnnualReportTests, WorkQueueTests).
/// </summary>
internal sealed class NoFeedbackRecorded : IFeedbackCounts
{
    public Task<IReadOnlyList<FeedbackMonthCount>> CountByMonthAsync(DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<FeedbackMonthCount>>([]);
}

internal sealed class NoOfficersAssigned : IComplaintHandlers
{
    public Task<IReadOnlyDictionary<Guid, ComplaintHandler>> ForComplaintsAsync(IReadOnlyCollection<Guid> complaintIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<Guid, ComplaintHandler>>(new Dictionary<Guid, ComplaintHandler>());

    public Task<IReadOnlySet<Guid>> HandledByAsync(string? officerId, string? team, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlySet<Guid>>(new HashSet<Guid>());
}
