using Complaints.Compensation.Contracts;
using Complaints.Hazards.Contracts;
using Complaints.Intake.Contracts;
using Complaints.Investigation.Contracts;
using Complaints.Kernel.Errors;
using Complaints.Kernel.Policy;
using Complaints.Lifecycle.Contracts;
using Complaints.OmbudsmanLiaison.Persistence;
using Complaints.VexatiousBehaviour.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Complaints.OmbudsmanLiaison.Export;

/// <summary>
/// Assembles the evidence pack from each module's contract — never their tables: the complaint (Intake), every
/// transition, extension and clock (Lifecycle), the case file and letters (Investigation), awards (Compensation) and
/// any contact restrictions on the resident (VexatiousBehaviour), and the Awaab's Law hazards it raised (Hazards).
/// </summary>
internal sealed class CaseFileExporter(
    IComplaintDirectory complaints,
    ILifecycle lifecycle,
    IInvestigationRecord investigation,
    ICompensationAwards awards,
    IConductRecord conduct,
    IHazardRecord hazards,
    OmbudsmanLiaisonDbContext db,
    PolicyProfile profile,
    TimeProvider clock)
{
    public async Task<CaseFileExport> ExportAsync(Guid complaintId, CancellationToken cancellationToken)
    {
        var complaint = await complaints.FindAsync(complaintId, cancellationToken) ?? throw new NotFoundException("Complaint", complaintId.ToString());
        var view = await lifecycle.FindAsync(complaintId, null, cancellationToken) ?? throw new NotFoundException("Complaint", complaintId.ToString());
        var restrictions = string.IsNullOrWhiteSpace(complaint.ResidentReference) ? [] : await conduct.RestrictionsForAsync(complaint.ResidentReference, cancellationToken);
        var cases = (await db.Referrals.AsNoTracking().ToListAsync(cancellationToken))
            .Where(r => r.Complaints.Any(c => c.ComplaintId == complaintId)).Select(r => r.OmbudsmanCaseReference).ToList();
        var generatedAt = clock.GetUtcNow();
        return new CaseFileExport(
            generatedAt,
            profile.Name,
            new ComplaintPart(complaint.ComplaintId, complaint.Reference, complaint.ResidentReference, complaint.Channel, complaint.Description, complaint.Points,
                complaint.NamedOfficer, view.Stage.ToString()),
            view.History.Select(t => new TransitionPart(t.OccurredAt, t.Actor, t.Trigger, t.From?.ToString(), t.To.ToString(), t.Reason)).ToList(),
            view.History.Where(t => t.ExtensionWorkingDays is not null)
                .Select(t => new ExtensionPart(t.OccurredAt, t.Actor, t.ExtensionWorkingDays!.Value, t.ResidentAgreed, t.Reason)).ToList(),
            view.Clocks.Select(c => new ClockPart(c.Name, c.DueOn, c.Status.ToString(), c.StoppedAt, c.ExtendedByWorkingDays, c.Clause)).ToList(),
            await investigation.ForComplaintAsync(complaintId, cancellationToken),
            await awards.ForComplaintAsync(complaintId, cancellationToken),
            restrictions,
            cases)
        {
            Hazards = await hazards.ForComplaintAsync(complaintId, generatedAt, cancellationToken),
        };
    }
}
