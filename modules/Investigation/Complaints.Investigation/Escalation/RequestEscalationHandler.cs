using Complaints.Investigation.Contracts;
using Complaints.Kernel.Outbox;
using Complaints.Kernel.Pipeline;
using Complaints.Lifecycle.Contracts;

namespace Complaints.Investigation.Escalation;

/// <summary>
/// Records the request and says whether it came in time. It is never refused here: the Code forbids refusing for
/// want of reasons, and a late request is the landlord's to accept or refuse (RefuseEscalation, in writing).
/// </summary>
internal sealed class RequestEscalationHandler(ILifecycle lifecycle, IEventPublisher events) : ICommandHandler<RequestEscalationCommand, EscalationRequested>
{
    private const string Window = "stage1.escalationWindow";

    public async Task<EscalationRequested> HandleAsync(PluginContext<RequestEscalationCommand, EscalationRequested> context, CancellationToken cancellationToken)
    {
        var command = context.Target;
        var reasons = string.IsNullOrWhiteSpace(command.Reasons) ? "No reasons given (none are required)." : command.Reasons.Trim();
        var view = await lifecycle.TransitionAsync(
            new TransitionRequest(command.ComplaintId, ComplaintTrigger.RequestEscalation, reasons, command.OccurredAt,
                ExpectedVersion: command.ExpectedVersion), cancellationToken);
        var requestedAt = view.History[^1].OccurredAt;
        var window = view.ResidentWindows.SingleOrDefault(w => w.Name == Window);
        var outcome = window is null
            ? new EscalationRequested(command.ComplaintId, true, "The policy sets no window for asking for stage 2.")
            : new EscalationRequested(command.ComplaintId, window.Status == ClockStatus.MetOnTime,
                window.Status == ClockStatus.MetOnTime
                    ? $"Asked within the window, which ran to {window.DueOn:yyyy-MM-dd} ({window.Clause})."
                    : $"Asked after the window closed on {window.DueOn:yyyy-MM-dd} ({window.Clause}); accept it, or refuse it in writing with the right to go to the Ombudsman.");
        events.Publish(new EscalationRequestedEvent(command.ComplaintId, requestedAt, window is null ? null : outcome.WithinWindow));
        return outcome;
    }
}
