using Complaints.Kernel.Calendar;
using Complaints.Kernel.Errors;
using Complaints.Kernel.Outbox;
using Complaints.Kernel.Pipeline;
using Complaints.Kernel.Time;
using Complaints.VexatiousBehaviour.Cases;
using Complaints.VexatiousBehaviour.Contracts;
using Complaints.VexatiousBehaviour.Domain;
using Complaints.VexatiousBehaviour.Persistence;
using Complaints.VexatiousBehaviour.Policy;
using Microsoft.Extensions.Options;

namespace Complaints.VexatiousBehaviour.Restrictions;

/// <summary>
/// A review continues, extends (within the longest duration from the review) or lifts a restriction that is in
/// force, and sets the next review from the profile.
/// </summary>
internal sealed class ReviewRestrictionHandler(
    ConductStore store, IOptions<VexatiousBehaviourPolicy> policy, WorkingDayCalendar calendar, IEventPublisher events, TimeProvider clock,
    IOptions<ClockOptions> clockOptions) : ICommandHandler<ReviewRestrictionCommand, long>
{
    public async Task<long> HandleAsync(PluginContext<ReviewRestrictionCommand, long> context, CancellationToken cancellationToken)
    {
        var command = context.Target;
        Roles.Require(context.InitiatingUser, policy.Value.PanelRole, "review a restriction");
        var violations = new List<FieldViolation>();
        if (command.Outcome is null)
            violations.Add(new FieldViolation("outcome", "must be CONTINUE, EXTEND or LIFT"));
        if (string.IsNullOrWhiteSpace(command.Reasons))
            violations.Add(new FieldViolation("reasons", "must give the review's reasons"));
        if (command.Outcome == ReviewOutcome.Extend && command.NewEndsOn is null)
            violations.Add(new FieldViolation("new_ends_on", "an extension needs the new end date"));
        if (string.IsNullOrWhiteSpace(command.Letter))
            violations.Add(new FieldViolation("letter", "the resident must be told the outcome of the review"));
        if (violations.Count > 0)
            throw new ValidationException(violations.ToArray());
        var at = OccurredAt.Resolve(command.OccurredAt, clock, clockOptions.Value.AllowedSkew);
        var day = LondonTime.Date(at);
        var restriction = await store.RestrictionAsync(command.RestrictionId, cancellationToken);
        var status = restriction.StatusOn(day, at);
        if (status is not (RestrictionStatus.Active or RestrictionStatus.Scheduled))
            throw new RuleViolationException($"{restriction.Reference} is {status}; only a restriction in force can be reviewed.");
        var schedule = new ReviewSchedule(policy.Value, calendar);
        if (command.Outcome == ReviewOutcome.Extend)
        {
            var latest = schedule.LatestEnd(day);
            if (command.NewEndsOn!.Value <= restriction.EndsOn || command.NewEndsOn.Value > latest)
                throw new RuleViolationException(
                    $"An extension at a review on {day:yyyy-MM-dd} must end after {restriction.EndsOn:yyyy-MM-dd} and no later than {latest:yyyy-MM-dd} ({policy.Value.MaximumDurationMonths} months).");
            restriction.EndsOn = command.NewEndsOn.Value;
        }
        if (command.Outcome == ReviewOutcome.Lift)
            restriction.LiftedAt = at;
        restriction.ReviewDueOn = schedule.NextAfter(day) is var next && next < restriction.EndsOn ? next : restriction.EndsOn;
        restriction.Reviews = [.. restriction.Reviews, new Review(command.Outcome!.Value, command.Reasons.Trim(), context.InitiatingUser.Id, at, restriction.EndsOn)];
        var conductCase = await store.CaseAsync(restriction.CaseId, cancellationToken);
        ConductStore.Letter(conductCase, "Review", command.Letter, context.InitiatingUser.Id, at);
        await store.SaveAsync(cancellationToken);
        events.Publish(RestrictionEvents.Reviewed(restriction, restriction.Reviews[^1]));
        if (command.Outcome == ReviewOutcome.Lift)
            events.Publish(RestrictionEvents.Lifted(restriction, RestrictionLiftedBecause.Review));
        return conductCase.Id;
    }
}

/// <summary>Lifts a restriction in force before its end.</summary>
internal sealed class LiftRestrictionHandler(
    ConductStore store, IOptions<VexatiousBehaviourPolicy> policy, IEventPublisher events, TimeProvider clock, IOptions<ClockOptions> clockOptions)
    : ICommandHandler<LiftRestrictionCommand, long>
{
    public async Task<long> HandleAsync(PluginContext<LiftRestrictionCommand, long> context, CancellationToken cancellationToken)
    {
        var command = context.Target;
        Roles.Require(context.InitiatingUser, policy.Value.PanelRole, "lift a restriction");
        var violations = new List<FieldViolation>();
        if (string.IsNullOrWhiteSpace(command.Reasons))
            violations.Add(new FieldViolation("reasons", "must say why it is lifted"));
        if (string.IsNullOrWhiteSpace(command.Letter))
            violations.Add(new FieldViolation("letter", "the resident must be told it is lifted"));
        if (violations.Count > 0)
            throw new ValidationException(violations.ToArray());
        var at = OccurredAt.Resolve(command.OccurredAt, clock, clockOptions.Value.AllowedSkew);
        var restriction = await store.RestrictionAsync(command.RestrictionId, cancellationToken);
        var status = restriction.StatusOn(LondonTime.Date(at), at);
        if (status is not (RestrictionStatus.Active or RestrictionStatus.Scheduled))
            throw new RuleViolationException($"{restriction.Reference} is {status}; there is nothing to lift.");
        restriction.LiftedAt = at;
        restriction.Reviews = [.. restriction.Reviews, new Review(ReviewOutcome.Lift, command.Reasons.Trim(), context.InitiatingUser.Id, at, restriction.EndsOn)];
        var conductCase = await store.CaseAsync(restriction.CaseId, cancellationToken);
        ConductStore.Letter(conductCase, "Restriction lifted", command.Letter, context.InitiatingUser.Id, at);
        await store.SaveAsync(cancellationToken);
        events.Publish(RestrictionEvents.Lifted(restriction, RestrictionLiftedBecause.LiftedEarly));
        return conductCase.Id;
    }
}

/// <summary>Records the resident's appeal against a restriction.</summary>
internal sealed class RecordAppealHandler(
    VexatiousBehaviourDbContext db, ConductStore store, IEventPublisher events, TimeProvider clock, IOptions<ClockOptions> clockOptions)
    : ICommandHandler<RecordAppealCommand, long>
{
    public async Task<long> HandleAsync(PluginContext<RecordAppealCommand, long> context, CancellationToken cancellationToken)
    {
        var command = context.Target;
        if (string.IsNullOrWhiteSpace(command.Grounds))
            throw new ValidationException(new FieldViolation("grounds", "must record the resident's grounds"));
        var at = OccurredAt.Resolve(command.OccurredAt, clock, clockOptions.Value.AllowedSkew);
        var restriction = await store.RestrictionAsync(command.RestrictionId, cancellationToken);
        var appeal = new Appeal { RestrictionId = restriction.Id, CaseId = restriction.CaseId, Grounds = command.Grounds.Trim(), ReceivedAt = at };
        db.Appeals.Add(appeal);
        await db.SaveChangesAsync(cancellationToken);
        events.Publish(new RestrictionAppealedEvent(restriction.Id, restriction.Reference, appeal.Id, at));
        return appeal.Id;
    }
}

/// <summary>An appeal is decided by someone independent of the panel; upheld, the restriction is lifted.</summary>
internal sealed class DecideAppealHandler(
    ConductStore store, IOptions<VexatiousBehaviourPolicy> policy, IEventPublisher events, TimeProvider clock, IOptions<ClockOptions> clockOptions)
    : ICommandHandler<DecideAppealCommand, long>
{
    public async Task<long> HandleAsync(PluginContext<DecideAppealCommand, long> context, CancellationToken cancellationToken)
    {
        var command = context.Target;
        Roles.Require(context.InitiatingUser, policy.Value.AppealRole, "decide an appeal");
        var violations = new List<FieldViolation>();
        if (command.Outcome is null)
            violations.Add(new FieldViolation("outcome", "must be UPHELD or DISMISSED"));
        if (string.IsNullOrWhiteSpace(command.Reasons))
            violations.Add(new FieldViolation("reasons", "must give the reasons for the decision"));
        if (string.IsNullOrWhiteSpace(command.Letter))
            violations.Add(new FieldViolation("letter", "the resident must be told the outcome of the appeal"));
        if (violations.Count > 0)
            throw new ValidationException(violations.ToArray());
        var at = OccurredAt.Resolve(command.OccurredAt, clock, clockOptions.Value.AllowedSkew);
        var appeal = await store.AppealAsync(command.AppealId, cancellationToken);
        if (appeal.Outcome is not null)
            throw new RuleViolationException($"Appeal {appeal.Id} was decided on {appeal.DecidedAt:yyyy-MM-dd} ({appeal.Outcome}).");
        var restriction = await store.RestrictionAsync(appeal.RestrictionId, cancellationToken);
        var actor = context.InitiatingUser.Id;
        if (restriction.Panel.Any(m => m.Id == actor) || restriction.DecidedBy == actor)
            throw new PermissionDeniedException($"{actor} took part in deciding {restriction.Reference}; the appeal must be decided by someone independent of that panel.");
        (appeal.Outcome, appeal.Reasons, appeal.DecidedBy, appeal.DecidedAt) = (command.Outcome, command.Reasons.Trim(), actor, at);
        var lifted = command.Outcome == AppealOutcome.Upheld && restriction.LiftedAt is null;
        if (lifted)
            restriction.LiftedAt = at;
        var conductCase = await store.CaseAsync(restriction.CaseId, cancellationToken);
        ConductStore.Letter(conductCase, "Appeal decision", command.Letter, actor, at);
        await store.SaveAsync(cancellationToken);
        events.Publish(new RestrictionAppealDecidedEvent(restriction.Id, restriction.Reference, appeal.Id, command.Outcome == AppealOutcome.Upheld, at));
        if (lifted)
            events.Publish(RestrictionEvents.Lifted(restriction, RestrictionLiftedBecause.AppealUpheld));
        return conductCase.Id;
    }
}
