using Complaints.Investigation.Actions;
using Complaints.Investigation.Persistence;
using Complaints.Kernel.Errors;
using Complaints.Kernel.Pipeline;
using Complaints.Lifecycle.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Investigation.Closure;

/// <summary>Close a responded complaint (message <c>CloseComplaint</c>).</summary>
internal sealed record CloseComplaintCommand(Guid ComplaintId, CloseReason? Reason, string Note, DateTimeOffset? OccurredAt, int? ExpectedVersion = null)
    : ICommand<Guid>;

/// <summary>The proto enum's numbers match these by design.</summary>
internal enum CloseReason
{
    /// <summary>The resident is satisfied, or the final response was issued.</summary>
    Resolved = 1,

    /// <summary>The resident did not reply within the policy's window (IDS 6.2: 21 working days).</summary>
    NoReply = 2,
}

/// <summary>
/// Closes a complaint once responded. Promised actions must be finished or recorded as transferred first; closing for
/// no reply is the lifecycle's to allow (the policy's window must have run).
/// </summary>
internal sealed class CloseComplaintHandler(InvestigationDbContext db, ILifecycle lifecycle) : ICommandHandler<CloseComplaintCommand, Guid>
{
    public async Task<Guid> HandleAsync(PluginContext<CloseComplaintCommand, Guid> context, CancellationToken cancellationToken)
    {
        var command = context.Target;
        var violations = new List<FieldViolation>();
        if (command.Reason is null)
            violations.Add(new FieldViolation("reason", "must be RESOLVED or NO_REPLY"));
        if (string.IsNullOrWhiteSpace(command.Note))
            violations.Add(new FieldViolation("note", "must record why it is closed"));
        if (violations.Count > 0)
            throw new ValidationException(violations.ToArray());
        var open = await db.Actions.Where(a => a.ComplaintId == command.ComplaintId && a.Status == ActionStatus.Open)
            .Select(a => a.Description).ToListAsync(cancellationToken);
        if (open.Count > 0)
            throw new RuleViolationException(
                $"Promised actions are still open: {string.Join("; ", open)}. Complete them, or record them as transferred, before closing.");
        var trigger = command.Reason == CloseReason.NoReply ? ComplaintTrigger.CloseForNoReply : ComplaintTrigger.Close;
        await lifecycle.TransitionAsync(new TransitionRequest(command.ComplaintId, trigger, command.Note.Trim(), command.OccurredAt,
            ExpectedVersion: command.ExpectedVersion), cancellationToken);
        return command.ComplaintId;
    }
}
