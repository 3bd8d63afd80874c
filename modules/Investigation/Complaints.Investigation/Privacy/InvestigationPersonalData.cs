using Complaints.Investigation.Persistence;
using Complaints.Kernel.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Investigation.Privacy;

/// <summary>
/// Investigation's part of the retention sweep. Contacts keep their kind, direction and date; evidence its kind, date
/// and where the file is kept (the document store runs its own schedule and needs the pointer to find it); responses
/// their stage, date, each point's outcome and each remedy's kind and amount; actions their due date and status.
/// What was said, written and promised in the resident's words goes.
/// </summary>
internal sealed class InvestigationPersonalData(InvestigationDbContext db) : IPersonalDataHolder
{
    public string Module => "Investigation";

    public async Task<int> AnonymiseAsync(RetainedRecord record, CancellationToken cancellationToken)
    {
        if (record.ComplaintId is not { } id)
            return 0;
        var changed = 0;
        foreach (var contact in await db.Contacts.Where(c => c.ComplaintId == id).ToListAsync(cancellationToken))
        {
            var entry = db.Entry(contact);
            entry.Property(c => c.Summary).CurrentValue = Anonymised.Text;
            entry.Property(c => c.Routing).CurrentValue =
                contact.Routing is { } routing ? routing with { PermittedRoute = Anonymised.Text, Reason = Anonymised.Text } : null;
            changed++;
        }
        foreach (var evidence in await db.Evidence.Where(e => e.ComplaintId == id).ToListAsync(cancellationToken))
        {
            var entry = db.Entry(evidence);
            entry.Property(e => e.Title).CurrentValue = Anonymised.Text;
            entry.Property(e => e.Note).CurrentValue = evidence.Note is null ? null : Anonymised.Text;
            changed++;
        }
        foreach (var response in await db.Responses.Where(r => r.ComplaintId == id).ToListAsync(cancellationToken))
        {
            var entry = db.Entry(response);
            entry.Property(r => r.ComplaintDefinition).CurrentValue = Anonymised.Text;
            entry.Property(r => r.Decisions).CurrentValue = response.Decisions.Select(d => d with { Point = Anonymised.Text, Reasons = Anonymised.Text }).ToList();
            entry.Property(r => r.Remedies).CurrentValue = response.Remedies.Select(r => r with { Description = Anonymised.Text }).ToList();
            entry.Property(r => r.OutstandingActions).CurrentValue = response.OutstandingActions.Select(a => a with { Description = Anonymised.Text }).ToList();
            changed++;
        }
        foreach (var action in await db.Actions.Where(a => a.ComplaintId == id).ToListAsync(cancellationToken))
        {
            action.Description = Anonymised.Text;
            action.Updates = action.Updates.Select(u => u with { Text = Anonymised.Text }).ToList();
            changed++;
        }
        foreach (var mediation in await db.Mediations.Where(m => m.ComplaintId == id).ToListAsync(cancellationToken))
        {
            db.Entry(mediation).Property(m => m.Outcome).CurrentValue = mediation.Outcome is null ? null : Anonymised.Text;
            changed++;
        }
        return changed;
    }
}
