using Complaints.Intake.Contracts;
using Complaints.Investigation.Contracts;
using Complaints.Investigation.Persistence;
using Complaints.Investigation.Policy;
using Complaints.Investigation.Responses;
using Complaints.Kernel.Policy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Complaints.Investigation.Read;

/// <summary>Investigation's answer to <see cref="IInvestigationRecord"/>: its tables, oldest first, and each response as its letter.</summary>
internal sealed class InvestigationRecordReader(InvestigationDbContext db, IComplaintDirectory complaints, PolicyProfile profile, IOptions<InvestigationPolicy> policy)
    : IInvestigationRecord
{
    public async Task<InvestigationRecord> ForComplaintAsync(Guid complaintId, CancellationToken cancellationToken)
    {
        var reference = (await complaints.FindAsync(complaintId, cancellationToken))?.Reference ?? complaintId.ToString();
        var assignments = await db.Assignments.AsNoTracking().Where(a => a.ComplaintId == complaintId).ToListAsync(cancellationToken);
        var contacts = await db.Contacts.AsNoTracking().Where(c => c.ComplaintId == complaintId).ToListAsync(cancellationToken);
        var evidence = await db.Evidence.AsNoTracking().Where(e => e.ComplaintId == complaintId).ToListAsync(cancellationToken);
        var responses = await db.Responses.AsNoTracking().Where(r => r.ComplaintId == complaintId).ToListAsync(cancellationToken);
        var actions = await db.Actions.AsNoTracking().Where(a => a.ComplaintId == complaintId).ToListAsync(cancellationToken);
        return new InvestigationRecord(
            assignments.OrderBy(a => a.AssignedAt).ThenBy(a => a.Id)
                .Select(a => new RecordedAssignment(a.Stage, a.OfficerName, a.Seniority.ToString(), a.AssignedAt, a.AssignedBy)).ToList(),
            contacts.OrderBy(c => c.OccurredAt).ThenBy(c => c.Id)
                .Select(c => new RecordedContact(c.Kind.ToString(), c.Direction.ToString(), c.Summary, c.OccurredAt, c.RecordedBy, c.Routing?.Reason)).ToList(),
            evidence.OrderBy(e => e.OccurredAt).ThenBy(e => e.Id)
                .Select(e => new RecordedEvidence(e.Kind.ToString(), e.Title, e.Location, e.OccurredAt, e.RecordedBy)).ToList(),
            responses.OrderBy(r => r.IssuedAt).ThenBy(r => r.Id)
                .Select(r => new RecordedResponse(r.Stage, r.IssuedAt, r.IssuedBy,
                    PlainTextLetter.Render(ResponseLetter.From(r, reference, profile.Name, policy.Value.Letterhead)), r.Themes, r.RootCauses)).ToList(),
            actions.OrderBy(a => a.Id).Select(a => new RecordedAction(a.Description, a.DueOn, a.Status.ToString(), a.TransferredTo)).ToList());
    }
}
