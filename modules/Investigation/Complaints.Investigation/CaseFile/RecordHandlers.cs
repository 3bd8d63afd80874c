using Complaints.Investigation.Persistence;
using Complaints.Kernel.Errors;
using Complaints.Kernel.Pipeline;
using Complaints.Kernel.Time;
using Complaints.Lifecycle.Contracts;
using Microsoft.Extensions.Options;

namespace Complaints.Investigation.CaseFile;

/// <summary>Adds a contact to the case file of a complaint the lifecycle knows.</summary>
internal sealed class RecordContactHandler(InvestigationDbContext db, ILifecycle lifecycle, TimeProvider clock, IOptions<ClockOptions> clockOptions)
    : ICommandHandler<RecordContactCommand, long>
{
    public async Task<long> HandleAsync(PluginContext<RecordContactCommand, long> context, CancellationToken cancellationToken)
    {
        var command = context.Target;
        var violations = new List<FieldViolation>();
        if (command.Kind is null)
            violations.Add(new FieldViolation("kind", "must say how the contact was made (call, meeting, visit, letter, email, text)"));
        if (command.Direction is null)
            violations.Add(new FieldViolation("direction", "must say whether it was from or to the resident"));
        if (string.IsNullOrWhiteSpace(command.Summary))
            violations.Add(new FieldViolation("summary", "must summarise what was said"));
        if (violations.Count > 0)
            throw new ValidationException(violations.ToArray());
        var occurredAt = await CaseFileGuard.ResolveAsync(lifecycle, command.ComplaintId, command.OccurredAt, clock, clockOptions.Value, cancellationToken);
        var contact = new Contact
        {
            ComplaintId = command.ComplaintId, Kind = command.Kind!.Value, Direction = command.Direction!.Value, Summary = command.Summary.Trim(),
            OccurredAt = occurredAt, RecordedBy = context.InitiatingUser.Id, Routing = command.Routing,
        };
        db.Contacts.Add(contact);
        await db.SaveChangesAsync(cancellationToken);
        return contact.Id;
    }
}

/// <summary>Adds a piece of evidence to the case file.</summary>
internal sealed class RecordEvidenceHandler(InvestigationDbContext db, ILifecycle lifecycle, TimeProvider clock, IOptions<ClockOptions> clockOptions)
    : ICommandHandler<RecordEvidenceCommand, long>
{
    public async Task<long> HandleAsync(PluginContext<RecordEvidenceCommand, long> context, CancellationToken cancellationToken)
    {
        var command = context.Target;
        var violations = new List<FieldViolation>();
        if (command.Kind is null)
            violations.Add(new FieldViolation("kind", "must say what it is (document, photo, recording, note)"));
        if (string.IsNullOrWhiteSpace(command.Title))
            violations.Add(new FieldViolation("title", "must give it a title"));
        if (string.IsNullOrWhiteSpace(command.Location) && command.Kind != EvidenceKind.Note)
            violations.Add(new FieldViolation("location", "must say where it is kept"));
        if (violations.Count > 0)
            throw new ValidationException(violations.ToArray());
        var occurredAt = await CaseFileGuard.ResolveAsync(lifecycle, command.ComplaintId, command.OccurredAt, clock, clockOptions.Value, cancellationToken);
        var evidence = new Evidence
        {
            ComplaintId = command.ComplaintId, Kind = command.Kind!.Value, Title = command.Title.Trim(), Location = command.Location.Trim(),
            Note = string.IsNullOrWhiteSpace(command.Note) ? null : command.Note.Trim(), OccurredAt = occurredAt, RecordedBy = context.InitiatingUser.Id,
        };
        db.Evidence.Add(evidence);
        await db.SaveChangesAsync(cancellationToken);
        return evidence.Id;
    }
}

/// <summary>A case-file entry belongs to a known complaint and happened no earlier than its receipt.</summary>
internal static class CaseFileGuard
{
    public static async Task<DateTimeOffset> ResolveAsync(
        ILifecycle lifecycle, Guid complaintId, DateTimeOffset? requested, TimeProvider clock, ClockOptions options, CancellationToken cancellationToken)
    {
        var occurredAt = OccurredAt.Resolve(requested, clock, options.AllowedSkew);
        var view = await lifecycle.FindAsync(complaintId, null, cancellationToken) ?? throw new NotFoundException("Complaint", complaintId.ToString());
        if (occurredAt < view.History[0].OccurredAt)
            throw new ValidationException(new FieldViolation("occurred_at", "must not be before the complaint was received"));
        return occurredAt;
    }
}
