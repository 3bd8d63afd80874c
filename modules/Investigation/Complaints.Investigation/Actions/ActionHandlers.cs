using Complaints.Investigation.Persistence;
using Complaints.Kernel.Errors;
using Complaints.Kernel.Pipeline;
using Complaints.Kernel.Time;
using Complaints.Lifecycle.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Complaints.Investigation.Actions;

/// <summary>Adds a promised action to a known complaint.</summary>
internal sealed class AddActionHandler(InvestigationDbContext db, ILifecycle lifecycle) : ICommandHandler<AddActionCommand, long>
{
    public async Task<long> HandleAsync(PluginContext<AddActionCommand, long> context, CancellationToken cancellationToken)
    {
        var command = context.Target;
        var violations = new List<FieldViolation>();
        if (string.IsNullOrWhiteSpace(command.Description))
            violations.Add(new FieldViolation("description", "must say what will be done"));
        if (command.DueOn is null)
            violations.Add(new FieldViolation("due_on", "must say when it will be done (yyyy-MM-dd)"));
        if (violations.Count > 0)
            throw new ValidationException(violations.ToArray());
        _ = await lifecycle.FindAsync(command.ComplaintId, null, cancellationToken) ?? throw new NotFoundException("Complaint", command.ComplaintId.ToString());
        var action = new TrackedAction { ComplaintId = command.ComplaintId, Description = command.Description.Trim(), DueOn = command.DueOn!.Value };
        db.Actions.Add(action);
        await db.SaveChangesAsync(cancellationToken);
        return action.Id;
    }
}

/// <summary>Adds an update for the resident; the due date may move, and the update says why.</summary>
internal sealed class UpdateActionHandler(InvestigationDbContext db, TimeProvider clock, IOptions<ClockOptions> clockOptions)
    : ICommandHandler<UpdateActionCommand, long>
{
    public async Task<long> HandleAsync(PluginContext<UpdateActionCommand, long> context, CancellationToken cancellationToken)
    {
        var command = context.Target;
        if (string.IsNullOrWhiteSpace(command.Update))
            throw new ValidationException(new FieldViolation("update", "must say what the resident was told"));
        var action = await OpenActions.GetOpenAsync(db, command.ActionId, cancellationToken);
        var at = OccurredAt.Resolve(command.OccurredAt, clock, clockOptions.Value.AllowedSkew);
        action.Updates = [.. action.Updates, new ActionUpdate(command.Update.Trim(), at, context.InitiatingUser.Id)];
        if (command.NewDueOn is { } due)
            action.DueOn = due;
        return action.Id;
    }
}

/// <summary>Finishes an action: done, or transferred (which needs where to).</summary>
internal sealed class CompleteActionHandler(InvestigationDbContext db, TimeProvider clock, IOptions<ClockOptions> clockOptions)
    : ICommandHandler<CompleteActionCommand, long>
{
    public async Task<long> HandleAsync(PluginContext<CompleteActionCommand, long> context, CancellationToken cancellationToken)
    {
        var command = context.Target;
        if (string.IsNullOrWhiteSpace(command.Note))
            throw new ValidationException(new FieldViolation("note", "must say what was done (or why it was transferred)"));
        var action = await OpenActions.GetOpenAsync(db, command.ActionId, cancellationToken);
        var at = OccurredAt.Resolve(command.OccurredAt, clock, clockOptions.Value.AllowedSkew);
        action.Updates = [.. action.Updates, new ActionUpdate(command.Note.Trim(), at, context.InitiatingUser.Id)];
        (action.Status, action.TransferredTo, action.FinishedAt) = string.IsNullOrWhiteSpace(command.TransferredTo)
            ? (ActionStatus.Completed, null, at)
            : (ActionStatus.Transferred, command.TransferredTo.Trim(), at);
        return action.Id;
    }
}

/// <summary>Loads an action that is still open; a finished one is FAILED_PRECONDITION.</summary>
internal static class OpenActions
{
    public static async Task<TrackedAction> GetOpenAsync(InvestigationDbContext db, long id, CancellationToken cancellationToken)
    {
        var action = await db.Actions.SingleOrDefaultAsync(a => a.Id == id, cancellationToken)
            ?? throw new NotFoundException("Action", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (action.Status != ActionStatus.Open)
            throw new RuleViolationException($"Action {id} is already {action.Status}.");
        return action;
    }
}
