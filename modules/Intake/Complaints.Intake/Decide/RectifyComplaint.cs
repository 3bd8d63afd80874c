using System.Text;
using Complaints.Kernel.Errors;
using Complaints.Kernel.Pipeline;
using Complaints.Lifecycle.Contracts;

namespace Complaints.Intake.Decide;

/// <summary>Corrects a resident's personal data on a complaint (message <c>RectifyComplaint</c>); null leaves a field as it is.</summary>
internal sealed record RectifyComplaintCommand(
    Guid ComplaintId, string Reason, string? ResidentReference, IReadOnlyList<string>? Vulnerabilities, string? RepresentativeName,
    string? RepresentativeContact, int? ExpectedVersion)
    : ICommand<IReadOnlyList<string>>;

/// <summary>
/// Puts right what the resident (or whoever noticed) says is wrong, and leaves the old values, with the reason, in the
/// audit of access (<see cref="CallerContext.AuditNote"/>): the complaint keeps only the corrected data.
/// </summary>
internal sealed class RectifyComplaintHandler(ComplaintStore complaints, ILifecycle lifecycle, CallerContext caller)
    : ICommandHandler<RectifyComplaintCommand, IReadOnlyList<string>>
{
    public async Task<IReadOnlyList<string>> HandleAsync(PluginContext<RectifyComplaintCommand, IReadOnlyList<string>> context, CancellationToken cancellationToken)
    {
        var command = context.Target;
        if (string.IsNullOrWhiteSpace(command.Reason))
            throw new ValidationException(new FieldViolation("reason", "must say why the data was wrong and who asked for it to be put right"));
        var complaint = await complaints.GetForUpdateAsync(command.ComplaintId, command.ExpectedVersion, cancellationToken);
        if ((command.RepresentativeName ?? command.RepresentativeContact) is not null && complaint.Representative is null)
            throw new RuleViolationException($"Complaint {complaint.Reference} has no representative to correct.");

        var note = new StringBuilder($"Rectified because: {command.Reason.Trim()}.");
        var changed = new List<string>();
        void Was(string field, string old, string now)
        {
            if (old == now)
                return;
            changed.Add(field);
            note.Append($" {field} was \"{old}\", now \"{now}\".");
        }
        if (command.ResidentReference?.Trim() is { } reference)
        {
            Was("resident_reference", complaint.ResidentReference, reference);
            complaint.ResidentReference = reference;
        }
        if (command.Vulnerabilities is { } needs)
        {
            var cleaned = needs.Select(n => n.Trim()).Where(n => n.Length > 0).ToList();
            Was("vulnerabilities", string.Join("; ", complaint.Vulnerabilities), string.Join("; ", cleaned));
            complaint.Vulnerabilities = cleaned;
        }
        if (complaint.Representative is { } representative && (command.RepresentativeName ?? command.RepresentativeContact) is not null)
        {
            var name = command.RepresentativeName?.Trim() ?? representative.Name;
            var contact = command.RepresentativeContact?.Trim() ?? representative.Contact;
            Was("representative_name", representative.Name, name);
            Was("representative_contact", representative.Contact, contact);
            complaint.Representative = representative with { Name = name, Contact = contact };
        }
        if (changed.Count > 0)
        {
            caller.AuditNote = note.ToString();
            await lifecycle.RecordChangeAsync(complaint.Id, null, cancellationToken); // moves the complaint's one version on
        }
        return changed;
    }
}
