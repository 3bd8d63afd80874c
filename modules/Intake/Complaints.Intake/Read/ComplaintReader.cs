using Complaints.Intake.Domain;
using Complaints.Intake.Persistence;
using Complaints.Kernel.Errors;
using Complaints.Lifecycle.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Intake.Read;

/// <summary>Reads complaints; reads do not go through the pipeline, which is for changes.</summary>
internal sealed class ComplaintReader(IntakeDbContext db, ILifecycle lifecycle)
{
    public async Task<ComplaintView> GetByReferenceAsync(string reference, DateTimeOffset? asOf, CancellationToken cancellationToken)
    {
        var complaint = await ComplaintQueries.ByReference(db, reference, cancellationToken)
            ?? throw new NotFoundException("Complaint", reference);
        return await WithLifecycleAsync(complaint, asOf, cancellationToken);
    }

    public async Task<ComplaintView> GetByIdAsync(Guid id, DateTimeOffset? asOf, CancellationToken cancellationToken)
    {
        var complaint = SavedInThisCall(id)
            ?? await ComplaintQueries.ById(db, id, cancellationToken)
            ?? throw new NotFoundException("Complaint", id.ToString());
        return await WithLifecycleAsync(complaint, asOf, cancellationToken);
    }

    /// <summary>
    /// The complaint as this call just stored it, if it did: a change's reply is made from what it wrote, not read
    /// back. (After a rollback nothing is tracked, so nothing unsaved is ever shown.)
    /// </summary>
    private Domain.Complaint? SavedInThisCall(Guid id) =>
        db.Complaints.Local.FindEntry(id) is { State: EntityState.Unchanged } saved ? saved.Entity : null;

    private async Task<ComplaintView> WithLifecycleAsync(Domain.Complaint complaint, DateTimeOffset? asOf, CancellationToken cancellationToken)
    {
        if (asOf < complaint.ReceivedAt)
            throw new NotFoundException("Complaint", $"{complaint.Reference} as of {asOf:O} (it was received {complaint.ReceivedAt:O})");
        var stage = await lifecycle.FindAsync(complaint.Id, asOf, cancellationToken)
            ?? throw new InvalidOperationException($"Complaint {complaint.Reference} has no lifecycle; it was logged outside the pipeline.");
        return new ComplaintView(complaint, stage, await LinksOfAsync(complaint.Id, cancellationToken))
        {
            FeedbackId = (await FeedbackOfAsync([complaint.Id], cancellationToken)).GetValueOrDefault(complaint.Id),
        };
    }

    /// <summary>The feedback each complaint was logged from, for those that were (one indexed read).</summary>
    public async Task<IReadOnlyDictionary<Guid, Guid?>> FeedbackOfAsync(IReadOnlyCollection<Guid> complaintIds, CancellationToken cancellationToken) =>
        await db.Feedback.AsNoTracking().Where(f => f.ComplaintId != null && complaintIds.Contains(f.ComplaintId.Value))
            .ToDictionaryAsync(f => f.ComplaintId!.Value, f => (Guid?)f.Id, cancellationToken);

    /// <summary><see cref="LinksAsync"/> for one complaint, by key (the read every GetComplaint makes).</summary>
    private async Task<IReadOnlyList<LinkView>> LinksOfAsync(Guid complaintId, CancellationToken cancellationToken)
    {
        var links = new List<ComplaintLink>();
        await foreach (var link in ComplaintQueries.LinksOf(db, complaintId).WithCancellation(cancellationToken))
            links.Add(link);
        return (await ViewsAsync(links, [complaintId], cancellationToken))[complaintId];
    }

    /// <summary>Every link touching each complaint, read from its side, with the other complaint's reference.</summary>
    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<LinkView>>> LinksAsync(IReadOnlyCollection<Guid> complaintIds, CancellationToken cancellationToken)
    {
        var links = await db.Links.AsNoTracking()
            .Where(l => complaintIds.Contains(l.ComplaintId) || complaintIds.Contains(l.LinkedComplaintId)).OrderBy(l => l.Id)
            .ToListAsync(cancellationToken);
        return await ViewsAsync(links, complaintIds, cancellationToken);
    }

    private async Task<IReadOnlyDictionary<Guid, IReadOnlyList<LinkView>>> ViewsAsync(
        List<ComplaintLink> links, IReadOnlyCollection<Guid> complaintIds, CancellationToken cancellationToken)
    {
        var involved = links.SelectMany(l => new[] { l.ComplaintId, l.LinkedComplaintId }).Distinct().ToList();
        // Most complaints have no links: then there is no other complaint's reference to read.
        var references = involved.Count == 0 ? [] : await db.Complaints.AsNoTracking().Where(c => involved.Contains(c.Id))
            .Select(c => new { c.Id, c.Reference }).ToDictionaryAsync(c => c.Id, c => c.Reference, cancellationToken);
        return complaintIds.Distinct().ToDictionary(id => id, id => (IReadOnlyList<LinkView>)links
            .Where(l => l.ComplaintId == id || l.LinkedComplaintId == id)
            .Select(l => l.ComplaintId == id
                ? new LinkView(l.LinkedComplaintId, references[l.LinkedComplaintId], Outgoing(l.Kind), l.Reason)
                : new LinkView(l.ComplaintId, references[l.ComplaintId], Incoming(l.Kind), l.Reason))
            .ToList());
    }

    private static LinkDirection Outgoing(ComplaintLinkKind kind) => kind switch
    {
        ComplaintLinkKind.DuplicateOf => LinkDirection.DuplicateOf,
        ComplaintLinkKind.RaisedFrom => LinkDirection.RaisedFrom,
        _ => LinkDirection.Related,
    };

    private static LinkDirection Incoming(ComplaintLinkKind kind) => kind switch
    {
        ComplaintLinkKind.DuplicateOf => LinkDirection.DuplicatedBy,
        ComplaintLinkKind.RaisedFrom => LinkDirection.LedTo,
        _ => LinkDirection.Related,
    };
}
