using Complaints.Intake.Domain;
using Complaints.Intake.Persistence;
using Complaints.Kernel.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Intake.Privacy;

/// <summary>
/// Intake's part of the retention sweep: a complaint keeps its reference, channel, dates, flags, acceptance and how
/// many points, needs and adjustments it had (what reporting counts), and loses what the resident told us, who they
/// are and who acted for them — and so does the service request it was raised from.
/// </summary>
internal sealed class IntakePersonalData(IntakeDbContext db) : IPersonalDataHolder
{
    public string Module => "Intake";

    public async Task<int> AnonymiseAsync(RetainedRecord record, CancellationToken cancellationToken)
    {
        if (record.ComplaintId is not { } id)
            return 0;
        // The sweep holds the complaint's lifecycle lock for the transaction, as every change to a complaint does.
        var complaint = await db.Complaints.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (complaint is null)
            return 0;
        var entry = db.Entry(complaint);
        complaint.Description = Anonymised.Text;
        complaint.ResidentReference = Anonymised.Name;
        complaint.Definition = Blank(complaint.Definition);
        complaint.ResolutionSought = Blank(complaint.ResolutionSought);
        complaint.OutcomeExplanation = Blank(complaint.OutcomeExplanation);
        entry.Property(c => c.DesiredOutcome).CurrentValue = Blank(complaint.DesiredOutcome);
        complaint.Points = complaint.Points.Select(p => p with { Text = Anonymised.Text }).ToList();
        complaint.Vulnerabilities = complaint.Vulnerabilities.Select(_ => Anonymised.Text).ToList();
        entry.Property(c => c.ReasonableAdjustments).CurrentValue = complaint.ReasonableAdjustments.Select(_ => Anonymised.Text).ToList();
        complaint.Representative = complaint.Representative is { } representative
            ? representative with
            {
                Name = Anonymised.Name, Contact = Anonymised.Name,
                Consent = representative.Consent is { } consent ? consent with { EvidenceReference = Anonymised.Name } : null,
            }
            : null;
        complaint.AcceptanceOverride = complaint.AcceptanceOverride is { } decision ? decision with { Reason = Anonymised.Text } : null;
        entry.Property(c => c.ContactRouting).CurrentValue =
            complaint.ContactRouting is { } routing ? routing with { PermittedRoute = Anonymised.Text, Reason = Anonymised.Text } : null;
        var changed = 1;

        if (complaint.ServiceRequestId is { } requestId && await db.ServiceRequests.SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken) is { } request)
        {
            var requestEntry = db.Entry(request);
            requestEntry.Property(r => r.Description).CurrentValue = Anonymised.Text;
            requestEntry.Property(r => r.ResidentReference).CurrentValue = Anonymised.Name;
            changed++;
        }
        return changed;
    }

    private static string? Blank(string? value) => value is null ? null : Anonymised.Text;
}
