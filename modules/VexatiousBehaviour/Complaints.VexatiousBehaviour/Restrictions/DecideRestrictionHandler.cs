using System.Globalization;
using Complaints.Kernel.Calendar;
using Complaints.Kernel.Errors;
using Complaints.Kernel.Outbox;
using Complaints.Kernel.Pipeline;
using Complaints.Kernel.Time;
using Complaints.VexatiousBehaviour.Cases;
using Complaints.VexatiousBehaviour.Domain;
using Complaints.VexatiousBehaviour.Persistence;
using Complaints.VexatiousBehaviour.Policy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Complaints.VexatiousBehaviour.Restrictions;

/// <summary>
/// The panel's decision. Refused (FAILED_PRECONDITION) without a quorum of members free of conflicts, without the
/// warning the policy requires first (unless an immediate risk is recorded), for a restriction the policy does not
/// allow, or running past the longest duration; refused (INVALID_ARGUMENT) without the considerations the Equality
/// Act and the Code ask for. The review date comes from the profile.
/// </summary>
internal sealed class DecideRestrictionHandler(
    VexatiousBehaviourDbContext db,
    ConductStore store,
    IOptions<VexatiousBehaviourPolicy> policy,
    WorkingDayCalendar calendar,
    IEventPublisher events,
    TimeProvider clock,
    IOptions<ClockOptions> clockOptions) : ICommandHandler<DecideRestrictionCommand, long>
{
    public async Task<long> HandleAsync(PluginContext<DecideRestrictionCommand, long> context, CancellationToken cancellationToken)
    {
        var command = context.Target;
        var rules = policy.Value;
        Roles.Require(context.InitiatingUser, rules.PanelRole, "record the panel's decision");
        Validate(command);
        var decidedAt = OccurredAt.Resolve(command.OccurredAt, clock, clockOptions.Value.AllowedSkew);
        var startsOn = command.StartsOn ?? LondonTime.Date(decidedAt);
        var schedule = new ReviewSchedule(rules, calendar);
        var conductCase = await store.CaseAsync(command.CaseId, cancellationToken);

        // A member counts once however their id is typed: ids are stored trimmed, so compare them trimmed.
        var free = command.Panel.Where(m => string.IsNullOrWhiteSpace(m.ConflictOfInterest)).Select(m => m.Id.Trim()).Distinct().Count();
        if (free < rules.PanelQuorum)
            throw new RuleViolationException(
                $"The panel needs {rules.PanelQuorum} members free of any conflict of interest; {free} {(free == 1 ? "is" : "are")} ({rules.PanelClause}).");
        if (!rules.RestrictionTypes.Contains(command.Type!.Value))
            throw new RuleViolationException($"The policy does not provide for {command.Type}: it allows {string.Join(", ", rules.RestrictionTypes)} ({rules.RestrictionsClause}).");
        var warned = conductCase.Warnings.Any(w => w.IssuedAt <= decidedAt
            && (rules.WarningBeforeRestriction == WarningRequirement.Informal || w.Level == WarningLevel.Formal));
        if (!warned && string.IsNullOrWhiteSpace(command.ImmediateRisk))
            throw new RuleViolationException(
                $"No {(rules.WarningBeforeRestriction == WarningRequirement.Formal ? "formal written " : "")}warning has been given on {conductCase.Reference}; warn first, or record the immediate risk that justifies restricting now ({rules.WarningClause}).");
        var latest = schedule.LatestEnd(startsOn);
        if (command.EndsOn!.Value < startsOn || command.EndsOn.Value > latest)
            throw new RuleViolationException(
                $"A restriction from {startsOn:yyyy-MM-dd} may end no later than {latest:yyyy-MM-dd} ({rules.MaximumDurationMonths} months; it lapses then unless extended at review); asked {command.EndsOn:yyyy-MM-dd}.");

        var number = await db.Restrictions.CountAsync(r => r.CaseId == conductCase.Id, cancellationToken) + 1;
        var restriction = new Restriction
        {
            CaseId = conductCase.Id,
            Reference = string.Create(CultureInfo.InvariantCulture, $"{conductCase.Reference}/{number}"),
            ResidentReference = conductCase.ResidentReference,
            Type = command.Type.Value,
            PermittedRoute = command.PermittedRoute.Trim(),
            Details = command.Details?.Trim() ?? "",
            StartsOn = startsOn,
            EndsOn = command.EndsOn.Value,
            ReviewDueOn = Min(schedule.NextAfter(startsOn), command.EndsOn.Value),
            Panel = command.Panel.Select(m => new PanelMember(m.Id.Trim(), m.Name.Trim(), string.IsNullOrWhiteSpace(m.ConflictOfInterest) ? null : m.ConflictOfInterest.Trim())).ToList(),
            Considerations = new RestrictionConsiderations(
                string.IsNullOrWhiteSpace(command.ImmediateRisk) ? null : command.ImmediateRisk.Trim(), command.Vulnerability.Trim(), command.EqualityAct.Trim(),
                command.ReasonableAdjustments.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim()).ToList(), command.AdvocateOffered, command.Proportionality.Trim()),
            DecidedBy = context.InitiatingUser.Id,
            DecidedAt = decidedAt,
        };
        db.Restrictions.Add(restriction);
        ConductStore.Letter(conductCase, "Restriction decision", command.Letter, context.InitiatingUser.Id, decidedAt);
        await db.SaveChangesAsync(cancellationToken);
        events.Publish(RestrictionEvents.Decided(restriction, conductCase.Reference));
        return restriction.Id;
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static void Validate(DecideRestrictionCommand command)
    {
        var violations = new List<FieldViolation>();
        if (command.Panel.Count == 0 || command.Panel.Any(m => string.IsNullOrWhiteSpace(m.Id) || string.IsNullOrWhiteSpace(m.Name)))
            violations.Add(new FieldViolation("panel", "must list the members, each with an id and a name"));
        if (command.Type is null)
            violations.Add(new FieldViolation("type", "must say what is restricted"));
        if (string.IsNullOrWhiteSpace(command.PermittedRoute))
            violations.Add(new FieldViolation("permitted_route", "must say how the resident may still contact us (a restriction never shuts them out)"));
        if (command.EndsOn is null)
            violations.Add(new FieldViolation("ends_on", "must say when it ends (yyyy-MM-dd)"));
        if (string.IsNullOrWhiteSpace(command.Vulnerability))
            violations.Add(new FieldViolation("vulnerability_consideration", "must record what is known of vulnerability, health or disability and how it was weighed"));
        if (string.IsNullOrWhiteSpace(command.EqualityAct))
            violations.Add(new FieldViolation("equality_act_consideration", "must record the Equality Act 2010 consideration"));
        if (string.IsNullOrWhiteSpace(command.Proportionality))
            violations.Add(new FieldViolation("proportionality", "must say why this restriction, and not less, is proportionate"));
        if (string.IsNullOrWhiteSpace(command.Letter))
            violations.Add(new FieldViolation("letter", "the resident must be told of the decision in writing"));
        if (violations.Count > 0)
            throw new ValidationException(violations.ToArray());
    }
}
