using System.Globalization;
using Complaints.Compensation.Contracts;
using Complaints.Kernel.Calendar;
using Complaints.Kernel.Errors;
using Complaints.Kernel.Outbox;
using Complaints.Kernel.Pipeline;
using Complaints.Kernel.Time;
using Complaints.Lifecycle.Contracts;
using Complaints.OmbudsmanLiaison.Contracts;
using Complaints.OmbudsmanLiaison.Domain;
using Complaints.OmbudsmanLiaison.Persistence;
using Complaints.OmbudsmanLiaison.Policy;
using Complaints.OmbudsmanLiaison.Referrals;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Complaints.OmbudsmanLiaison.Determinations;

/// <summary>
/// Records the determination once: findings per element, binding orders with due dates (the order's, or the
/// profile's default after the determination) and owners, and recommendations. A compensation order becomes an award
/// in the Compensation module; each referred complaint's lifecycle moves to Determined.
/// </summary>
internal sealed class RecordDeterminationHandler(
    OmbudsmanLiaisonDbContext db,
    ILifecycle lifecycle,
    ICompensationAwards awards,
    IEventPublisher events,
    IOptions<OmbudsmanLiaisonPolicy> policy,
    TimeProvider clock,
    IOptions<ClockOptions> clockOptions) : ICommandHandler<RecordDeterminationCommand, long>
{
    public async Task<long> HandleAsync(PluginContext<RecordDeterminationCommand, long> context, CancellationToken cancellationToken)
    {
        var command = context.Target;
        Validate(command);
        var at = OccurredAt.Resolve(command.OccurredAt, clock, clockOptions.Value.AllowedSkew);
        if (command.DeterminedOn > LondonTime.Date(clock.GetUtcNow()))
            throw new ValidationException(new FieldViolation("determined_on", "must not be in the future"));
        var referral = await db.Referrals.SingleOrDefaultAsync(r => r.Id == command.ReferralId, cancellationToken)
            ?? throw new NotFoundException("Referral", command.ReferralId.ToString(CultureInfo.InvariantCulture));
        if (referral.Determination is not null)
            throw new RuleViolationException($"The determination of {referral.OmbudsmanCaseReference} was recorded on {referral.Determination.DeterminedOn:yyyy-MM-dd}.");
        CheckComplaintsReferred(command, referral);
        var determinedOn = command.DeterminedOn ?? LondonTime.Date(at);
        referral.Determination = new Determination(determinedOn, command.Findings.Select(f => f with { Element = f.Element.Trim() }).ToList(), context.InitiatingUser.Id, at);

        foreach (var complaint in referral.Complaints)
            await lifecycle.TransitionAsync(new TransitionRequest(complaint.ComplaintId, ComplaintTrigger.RecordDetermination,
                $"Housing Ombudsman determination {referral.OmbudsmanCaseReference}", at), cancellationToken);
        var orders = new List<Order>();
        foreach (var input in command.Orders)
        {
            var order = new Order
            {
                ReferralId = referral.Id,
                Type = input.Type!.Value,
                Description = input.Description.Trim(),
                AmountPence = input.AmountPence,
                DueOn = input.DueOn ?? determinedOn.AddDays(policy.Value.OrderDefaultDays),
                Owner = input.Owner.Trim(),
                ComplaintId = input.ComplaintId ?? referral.Complaints[0].ComplaintId,
            };
            if (order.Type == OrderType.Compensation)
            {
                var award = await awards.ProposeForOrderAsync(
                    new OrderAward(referral.OmbudsmanCaseReference, order.ComplaintId, order.Description, order.AmountPence!.Value, determinedOn), cancellationToken);
                (order.AwardId, order.AwardReference) = (award.Id, award.Reference);
            }
            db.Orders.Add(order);
            orders.Add(order);
        }
        db.Recommendations.AddRange(command.Recommendations.Select(r => new Recommendation { ReferralId = referral.Id, Description = r.Trim() }));
        await db.SaveChangesAsync(cancellationToken);
        var findings = referral.Determination.Findings;
        events.Publish(new DeterminationRecordedEvent(referral.OmbudsmanCaseReference, determinedOn,
            findings.Select(f => f.Finding.ToString()).ToList(), orders.Count, referral.Complaints.Select(c => c.ComplaintId).ToList(),
            findings.Select((f, i) => new DeterminedElement(i + 1, OmbudsmanEventMapping.Finding(f.Finding), f.ComplaintId)).ToList(), at));
        foreach (var order in orders)
            events.Publish(new OrderMadeEvent(order.Id, referral.OmbudsmanCaseReference, order.ComplaintId, OmbudsmanEventMapping.OrderType(order.Type),
                order.AmountPence, order.DueOn, at));
        return referral.Id;
    }

    /// <summary>A finding or an order may name only a complaint this referral covers (an order's award is for that complaint).</summary>
    private static void CheckComplaintsReferred(RecordDeterminationCommand command, Referral referral)
    {
        var referred = referral.Complaints.Select(c => c.ComplaintId).ToHashSet();
        var what = $"must be one of the complaints referred under {referral.OmbudsmanCaseReference}";
        var violations = command.Findings.Select((f, i) => (f.ComplaintId, Field: $"findings[{i}].complaint_id"))
            .Concat(command.Orders.Select((o, i) => (o.ComplaintId, Field: $"orders[{i}].complaint_id")))
            .Where(x => x.ComplaintId is { } id && !referred.Contains(id))
            .Select(x => new FieldViolation(x.Field, what))
            .ToArray();
        if (violations.Length > 0)
            throw new ValidationException(violations);
    }

    private static void Validate(RecordDeterminationCommand command)
    {
        var violations = new List<FieldViolation>();
        if (command.Findings.Count == 0)
            violations.Add(new FieldViolation("findings", "must record a finding for each element determined"));
        for (var i = 0; i < command.Findings.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(command.Findings[i].Element))
                violations.Add(new FieldViolation($"findings[{i}].element", "must name the element"));
            if (!Enum.IsDefined(command.Findings[i].Finding))
                violations.Add(new FieldViolation($"findings[{i}].finding", "must be one of the Ombudsman's findings"));
        }
        for (var i = 0; i < command.Orders.Count; i++)
        {
            var order = command.Orders[i];
            if (order.Type is null)
                violations.Add(new FieldViolation($"orders[{i}].type", "must say what kind of order"));
            if (string.IsNullOrWhiteSpace(order.Description))
                violations.Add(new FieldViolation($"orders[{i}].description", "must say what was ordered"));
            if (string.IsNullOrWhiteSpace(order.Owner))
                violations.Add(new FieldViolation($"orders[{i}].owner", "must say who answers for it"));
            if (order.Type == OrderType.Compensation && order.AmountPence is not > 0)
                violations.Add(new FieldViolation($"orders[{i}].amount_pence", "a compensation order states its amount"));
        }
        for (var i = 0; i < command.Recommendations.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(command.Recommendations[i]))
                violations.Add(new FieldViolation($"recommendations[{i}]", "must not be empty"));
        }
        if (violations.Count > 0)
            throw new ValidationException(violations.ToArray());
    }
}

/// <summary>Compliance with an order, with its evidence; when the last order is met the complaints are marked complied.</summary>
internal sealed class RecordOrderComplianceHandler(
    OmbudsmanLiaisonDbContext db, ILifecycle lifecycle, IEventPublisher events, TimeProvider clock, IOptions<ClockOptions> clockOptions)
    : ICommandHandler<RecordOrderComplianceCommand, long>
{
    public async Task<long> HandleAsync(PluginContext<RecordOrderComplianceCommand, long> context, CancellationToken cancellationToken)
    {
        var command = context.Target;
        if (string.IsNullOrWhiteSpace(command.Evidence))
            throw new ValidationException(new FieldViolation("evidence", "must say what shows the order was complied with"));
        var today = LondonTime.Date(clock.GetUtcNow());
        var at = OccurredAt.Resolve(command.OccurredAt, clock, clockOptions.Value.AllowedSkew);
        var compliedOn = command.CompliedOn ?? LondonTime.Date(at);
        if (compliedOn > today)
            throw new ValidationException(new FieldViolation("complied_on", "must not be in the future"));
        var order = await db.Orders.SingleOrDefaultAsync(o => o.Id == command.OrderId, cancellationToken)
            ?? throw new NotFoundException("Order", command.OrderId.ToString(CultureInfo.InvariantCulture));
        if (order.CompliedOn is not null)
            throw new RuleViolationException($"Order {order.Id} was complied with on {order.CompliedOn:yyyy-MM-dd}.");
        (order.CompliedOn, order.ComplianceEvidence) = (compliedOn, command.Evidence.Trim());
        var referral = await db.Referrals.SingleAsync(r => r.Id == order.ReferralId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        events.Publish(new OrderCompliedEvent(referral.OmbudsmanCaseReference, order.Type.ToString(), order.DueOn, compliedOn, compliedOn <= order.DueOn,
            order.Id, order.ComplaintId, at));

        if (!await db.Orders.AnyAsync(o => o.ReferralId == referral.Id && o.CompliedOn == null, cancellationToken))
        {
            foreach (var complaint in referral.Complaints)
                await lifecycle.TransitionAsync(new TransitionRequest(complaint.ComplaintId, ComplaintTrigger.RecordCompliance,
                    $"Every order of {referral.OmbudsmanCaseReference} complied with", at), cancellationToken);
        }
        return referral.Id;
    }
}

/// <summary>A recommendation is discretionary, but declining one needs a reason.</summary>
internal sealed class RecordRecommendationResponseHandler(OmbudsmanLiaisonDbContext db) : ICommandHandler<RecordRecommendationResponseCommand, long>
{
    public async Task<long> HandleAsync(PluginContext<RecordRecommendationResponseCommand, long> context, CancellationToken cancellationToken)
    {
        var command = context.Target;
        if (!command.Accepted && string.IsNullOrWhiteSpace(command.Reason))
            throw new ValidationException(new FieldViolation("reason", "declining a recommendation needs a reason"));
        var recommendation = await db.Recommendations.SingleOrDefaultAsync(r => r.Id == command.RecommendationId, cancellationToken)
            ?? throw new NotFoundException("Recommendation", command.RecommendationId.ToString(CultureInfo.InvariantCulture));
        if (recommendation.Accepted is not null)
            throw new RuleViolationException($"Recommendation {recommendation.Id} was already answered.");
        (recommendation.Accepted, recommendation.Reason, recommendation.RespondedBy) =
            (command.Accepted, string.IsNullOrWhiteSpace(command.Reason) ? null : command.Reason.Trim(), context.InitiatingUser.Id);
        await db.SaveChangesAsync(cancellationToken);
        return recommendation.ReferralId;
    }
}
