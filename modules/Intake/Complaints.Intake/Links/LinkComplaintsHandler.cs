using Complaints.Intake.Domain;
using Complaints.Intake.Persistence;
using Complaints.Kernel.Errors;
using Complaints.Kernel.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Intake.Links;

/// <summary>Records a related or duplicate link once; either complaint then shows it from its own side.</summary>
internal sealed class LinkComplaintsHandler(IntakeDbContext db, TimeProvider clock) : ICommandHandler<LinkComplaintsCommand, Guid>
{
    public async Task<Guid> HandleAsync(PluginContext<LinkComplaintsCommand, Guid> context, CancellationToken cancellationToken)
    {
        var command = context.Target;
        var violations = new List<FieldViolation>();
        if (command.Kind is not (ComplaintLinkKind.Related or ComplaintLinkKind.DuplicateOf))
            violations.Add(new FieldViolation("kind", "must be LINK_KIND_RELATED or LINK_KIND_DUPLICATE_OF"));
        if (command.ComplaintId == command.LinkedComplaintId)
            violations.Add(new FieldViolation("linked_complaint_id", "must be another complaint"));
        if (string.IsNullOrWhiteSpace(command.Reason))
            violations.Add(new FieldViolation("reason", "must say why they are linked"));
        if (violations.Count > 0)
            throw new ValidationException(violations.ToArray());

        var ids = new[] { command.ComplaintId, command.LinkedComplaintId };
        var references = await db.Complaints.Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Reference, cancellationToken);
        foreach (var id in ids.Where(id => !references.ContainsKey(id)))
            throw new NotFoundException("Complaint", id.ToString());
        var existing = await db.Links.AnyAsync(l => (l.ComplaintId == command.ComplaintId && l.LinkedComplaintId == command.LinkedComplaintId)
            || (l.ComplaintId == command.LinkedComplaintId && l.LinkedComplaintId == command.ComplaintId), cancellationToken);
        if (existing)
            throw new AlreadyExistsException(
                $"Complaints {references[command.ComplaintId]} and {references[command.LinkedComplaintId]} are already linked.");

        db.Links.Add(new ComplaintLink
        {
            ComplaintId = command.ComplaintId,
            LinkedComplaintId = command.LinkedComplaintId,
            Kind = command.Kind!.Value,
            Reason = command.Reason.Trim(),
            LinkedAt = clock.GetUtcNow(),
            LinkedBy = context.InitiatingUser.Id,
        });
        await db.SaveChangesAsync(cancellationToken);
        return command.ComplaintId;
    }
}
