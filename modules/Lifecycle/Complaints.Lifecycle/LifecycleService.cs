using Complaints.Kernel.Calendar;
using Complaints.Kernel.Errors;
using Complaints.Kernel.Outbox;
using Complaints.Kernel.Persistence;
using Complaints.Kernel.Pipeline;
using Complaints.Kernel.Time;
using Complaints.Lifecycle.Clocks;
using Complaints.Lifecycle.Contracts;
using Complaints.Lifecycle.Domain;
using Complaints.Lifecycle.Persistence;
using Complaints.Lifecycle.Policy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Complaints.Lifecycle;

/// <summary>
/// The Lifecycle facade other modules call (through <see cref="ILifecycle"/>), inside their unit of work. It lives for
/// one call, and keeps the view of each case the call changed: the call's reply is made from it rather than read back.
/// </summary>
internal sealed class LifecycleService(
    LifecycleDbContext db, TimeProvider clock, IOptions<LifecyclePolicy> policy, IOptions<ClockOptions> clockOptions, WorkingDayCalendar calendar,
    ClockBasis basis, UnitOfWork unitOfWork, IEventPublisher events)
    : ILifecycle
{
    /// <summary>The views this call's own changes produced, current as of the change (so only for reads without an as-of).</summary>
    private readonly Dictionary<Guid, LifecycleView> _changedInThisCall = [];

    public string WorkflowDiagram => ComplaintWorkflow.Diagram;

    public async Task<LifecycleView> StartAsync(StartLifecycle request, CancellationToken cancellationToken)
    {
        var initial = ComplaintWorkflow.InitialStage;
        var lifecycleCase = new LifecycleCase
        {
            ComplaintId = request.ComplaintId,
            Stage = initial,
            EnteredStageAt = request.ReceivedAt,
            ReceivedAt = request.ReceivedAt,
            BuildingSafety = request.BuildingSafety,
            Correspondence = request.Correspondence,
            Reference = request.Reference,
        };
        var logged = Record(request.ComplaintId, null, initial, "Log", request.ReceivedAt, reason: null);
        KeepThresholds(lifecycleCase, [logged]);
        db.Cases.Add(lifecycleCase);
        db.Transitions.Add(logged);
        await db.SaveChangesAsync(cancellationToken);
        Publish(lifecycleCase, logged);
        // Its whole history is the one transition just written: the view is made from it, not read back.
        return Remember(View(lifecycleCase, [logged], Max(clock.GetUtcNow(), logged.OccurredAt)));
    }

    public async Task<LifecycleView> TransitionAsync(TransitionRequest request, CancellationToken cancellationToken)
    {
        var lifecycleCase = await LoadAsync(request.ComplaintId, request.ExpectedVersion, cancellationToken);
        var occurredAt = OccurredAt.Resolve(request.OccurredAt, clock, clockOptions.Value.AllowedSkew);
        if (occurredAt < lifecycleCase.EnteredStageAt)
            throw new ValidationException(new FieldViolation("occurred_at",
                $"{occurredAt:O} is before the complaint entered {lifecycleCase.Stage} at {lifecycleCase.EnteredStageAt:O}."));
        var history = await db.Transitions.AsNoTracking().Where(t => t.ComplaintId == request.ComplaintId).OrderBy(t => t.Id).ToListAsync(cancellationToken);
        if (request.Trigger == ComplaintTrigger.ExtendDeadline)
            ExtensionRules.Check(lifecycleCase.Stage, request, history, policy.Value);
        if (request.Trigger == ComplaintTrigger.CloseForNoReply)
            NoReplyRule.Check(history, occurredAt, policy.Value, calendar);

        var from = lifecycleCase.Stage;
        ComplaintWorkflow.Over(lifecycleCase, policy.Value).Fire(request.Trigger);
        var transition = Record(request.ComplaintId, from, lifecycleCase.Stage, request.Trigger.ToString(), occurredAt,
            request.Reason, request.ExtensionWorkingDays, request.ResidentAgreed);
        db.Transitions.Add(transition);
        // In the order the views read it (when it happened, then as recorded): the new one is recorded last.
        List<StageTransition> changed = [.. history.Append(transition).OrderBy(t => t.OccurredAt)];
        KeepThresholds(lifecycleCase, changed);
        // A re-entry (an extension) keeps the stage, and so the instant it was entered.
        if (lifecycleCase.Stage != from)
            lifecycleCase.EnteredStageAt = occurredAt;
        // Every transition, re-entries included, bumps the case's version, so two concurrent changes cannot both
        // pass a check such as the extension cap.
        db.Entry(lifecycleCase).State = EntityState.Modified;
        await db.SaveChangesAsync(cancellationToken); // moves the tracked case's version on
        Publish(lifecycleCase, transition);
        // The whole history is in hand (what was read, and the one just written): the view is made from it.
        var view = View(lifecycleCase, changed, Max(clock.GetUtcNow(), changed[^1].OccurredAt));
        PublishSettledClocks(view, transition);
        return Remember(view);
    }

    public async Task CheckVersionAsync(Guid complaintId, int expectedVersion, CancellationToken cancellationToken) =>
        await LoadAsync(complaintId, expectedVersion, cancellationToken);

    public async Task RecordChangeAsync(Guid complaintId, int? expectedVersion, CancellationToken cancellationToken)
    {
        var lifecycleCase = await LoadAsync(complaintId, expectedVersion, cancellationToken);
        db.Entry(lifecycleCase).State = EntityState.Modified; // saving bumps the version (IVersioned)
        await db.SaveChangesAsync(cancellationToken);
        if (_changedInThisCall.TryGetValue(complaintId, out var view))
            _changedInThisCall[complaintId] = view with { Version = lifecycleCase.Version };
    }

    /// <summary>
    /// The case, locked for the rest of the call's transaction. Without the lock, a call that read the case before a
    /// concurrent change committed would go on from the stale copy it tracks (its version check passed, its stage
    /// long gone) and be refused for the wrong reason; with it, the second call waits, reads the committed case, and
    /// its version check answers ABORTED.
    /// </summary>
    private async Task<LifecycleCase> LoadAsync(Guid complaintId, int? expectedVersion, CancellationToken cancellationToken)
    {
        var lifecycleCase = await db.FindForUpdateAsync<LifecycleCase>(complaintId, cancellationToken)
            ?? throw new NotFoundException("Complaint", complaintId.ToString());
        if (expectedVersion is { } expected && expected != lifecycleCase.Version)
            throw new ConcurrencyConflictException("Complaint", complaintId.ToString());
        return lifecycleCase;
    }

    public async Task<LifecycleView?> FindAsync(Guid complaintId, DateTimeOffset? asOf, CancellationToken cancellationToken)
    {
        if (asOf is null && _changedInThisCall.TryGetValue(complaintId, out var changed))
            return changed;
        if (await LifecycleQueries.Case(db, complaintId, cancellationToken) is not { } lifecycleCase)
            return null;
        // As FindManyAsync reads it, for one complaint: its history is short, so the as-of cut is made here.
        var history = new List<StageTransition>();
        await foreach (var transition in LifecycleQueries.History(db, complaintId).WithCancellation(cancellationToken))
        {
            if (asOf is null || transition.OccurredAt <= asOf)
                history.Add(transition);
        }
        return history.Count == 0 ? null : View(lifecycleCase, history, asOf ?? Max(clock.GetUtcNow(), history[^1].OccurredAt));
    }

    public async Task<IReadOnlyDictionary<Guid, LifecycleView>> FindManyAsync(
        IReadOnlyCollection<Guid> complaintIds, DateTimeOffset? asOf, CancellationToken cancellationToken)
    {
        var cases = await db.Cases.AsNoTracking().Where(c => complaintIds.Contains(c.ComplaintId)).ToListAsync(cancellationToken);
        var transitions = db.Transitions.AsNoTracking().Where(t => complaintIds.Contains(t.ComplaintId));
        // The stage at an instant is where the last transition that had happened by then left it. Without one, no
        // cut-off at our clock: a caller whose clock runs ahead (within the allowed skew) records changes a little
        // after our now, and a call's own reply, or the next step of the same call, must see what it just wrote.
        if (asOf is { } cutOff)
            transitions = transitions.Where(t => t.OccurredAt <= cutOff);
        var histories = (await transitions.ToListAsync(cancellationToken))
            .GroupBy(t => t.ComplaintId)
            .ToDictionary(g => g.Key, g => g.OrderBy(t => t.OccurredAt).ThenBy(t => t.Id).ToList());
        var now = clock.GetUtcNow();
        var views = new Dictionary<Guid, LifecycleView>();
        foreach (var lifecycleCase in cases)
        {
            // Never clocks as of an instant before a change the view shows: now, or that change if it is later.
            if (histories.TryGetValue(lifecycleCase.ComplaintId, out var history))
                views[lifecycleCase.ComplaintId] = View(lifecycleCase, history, asOf ?? Max(now, history[^1].OccurredAt));
        }
        return views;
    }

    public async Task<IReadOnlyList<Guid>> FindInStageAsync(ComplaintStage stage, CancellationToken cancellationToken) =>
        await db.Cases.AsNoTracking().Where(c => c.Stage == stage).Select(c => c.ComplaintId).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<ConcludedComplaint>> FindConcludedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var concluded = ComplaintStages.Concluded.ToList();
        return await db.Cases.AsNoTracking().Where(c => concluded.Contains(c.Stage) && c.EnteredStageAt < cutoff)
            .OrderBy(c => c.EnteredStageAt).Select(c => new ConcludedComplaint(c.ComplaintId, c.Stage, c.EnteredStageAt)).ToListAsync(cancellationToken);
    }

    private LifecycleView View(LifecycleCase lifecycleCase, List<StageTransition> history, DateTimeOffset instant)
    {
        var last = history[^1];
        var permitted = ComplaintWorkflow.Permitted(ComplaintWorkflow.At(last.ToStage, lifecycleCase, policy.Value));
        var calculator = new ClockCalculator(policy.Value, calendar);
        var clocks = calculator.Calculate(lifecycleCase, history, instant);
        var entered = history.Last(t => t.FromStage != t.ToStage).OccurredAt;
        return new LifecycleView(lifecycleCase.ComplaintId, last.ToStage, entered, permitted, clocks, history.Select(ToView).ToList(),
            calculator.ResidentWindows(history, instant), lifecycleCase.Version);
    }

    private void KeepThresholds(LifecycleCase lifecycleCase, IReadOnlyList<StageTransition> history) =>
        lifecycleCase.Apply(ClockThresholds.Of(new ClockCalculator(policy.Value, calendar), lifecycleCase, history, clock.GetUtcNow()), basis.Value);

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a >= b ? a : b;

    private LifecycleView Remember(LifecycleView view)
    {
        unitOfWork.AfterRollback(_changedInThisCall.Clear);
        return _changedInThisCall[view.ComplaintId] = view;
    }

    private void Publish(LifecycleCase lifecycleCase, StageTransition transition) =>
        events.Publish(new ComplaintStageChangedEvent(lifecycleCase.ComplaintId, lifecycleCase.Reference, transition.FromStage,
            transition.ToStage, transition.Trigger, transition.OccurredAt, transition.Actor, lifecycleCase.Version));

    /// <summary>
    /// Announces each clock this transition met, with its verdict, so a reader (Reporting) keeps it and never asks the
    /// lifecycle at query time. A separate event rather than more fields on ComplaintStageChanged: one change may
    /// settle a clock or none, and the stage-change subscribers (webhooks, the event stream) keep their shape.
    /// </summary>
    private void PublishSettledClocks(LifecycleView view, StageTransition transition)
    {
        foreach (var settled in view.Clocks.Where(c => c.Status is ClockStatus.MetOnTime or ClockStatus.MetLate && c.StoppedAt == transition.OccurredAt))
        {
            events.Publish(new ComplaintClockSettledEvent(view.ComplaintId, settled.Name, settled.DueBy, settled.StoppedAt!.Value,
                settled.Status == ClockStatus.MetOnTime, settled.ExtendedByWorkingDays, settled.DueByBeforeExtension, transition.OccurredAt));
        }
    }

    private StageTransition Record(Guid complaintId, ComplaintStage? from, ComplaintStage to, string trigger, DateTimeOffset occurredAt,
        string? reason, int? extension = null, bool? agreed = null) => new()
    {
        ComplaintId = complaintId,
        FromStage = from,
        ToStage = to,
        Trigger = trigger,
        Actor = ExecutionScope.Current?.Actor.Id ?? Actor.System.Id,
        Reason = reason,
        OccurredAt = occurredAt,
        RecordedAt = clock.GetUtcNow(),
        ExtensionWorkingDays = extension,
        ResidentAgreed = agreed,
    };

    private static StageTransitionView ToView(StageTransition t) =>
        new(t.FromStage, t.ToStage, t.Trigger, t.Actor, t.OccurredAt, t.Reason, t.ExtensionWorkingDays, t.ResidentAgreed);
}
