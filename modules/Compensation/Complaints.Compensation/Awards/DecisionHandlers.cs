using System.Globalization;
using Complaints.Compensation.Contracts;
using Complaints.Compensation.Domain;
using Complaints.Compensation.Policy;
using Complaints.Kernel.Errors;
using Complaints.Kernel.Outbox;
using Complaints.Kernel.Pipeline;
using Complaints.Kernel.Time;
using Microsoft.Extensions.Options;

namespace Complaints.Compensation.Awards;

/// <summary>
/// Approval and rejection. Separation of duties: whoever proposed an award cannot decide it. Either decision needs an
/// authority limit, from the decider's roles, that covers the total; the refusal says which roles could decide it.
/// </summary>
internal sealed class DecideAwardHandler(
    AwardStore store, IOptions<CompensationPolicy> policy, IEventPublisher events, TimeProvider clock, IOptions<ClockOptions> clockOptions)
    : ICommandHandler<DecideAwardCommand, long>
{
    public async Task<long> HandleAsync(PluginContext<DecideAwardCommand, long> context, CancellationToken cancellationToken)
    {
        var command = context.Target;
        var actor = context.InitiatingUser;
        store.RequireCompensationRole(actor);
        if (string.IsNullOrWhiteSpace(command.Reason))
            throw new ValidationException(new FieldViolation("reason", command.Approve ? "must say why the award is right" : "must say why the award is rejected"));
        var at = OccurredAt.Resolve(command.OccurredAt, clock, clockOptions.Value.AllowedSkew);
        var award = await store.GetForUpdateAsync(command.AwardId, command.ExpectedVersion, cancellationToken);
        if (award.ProposedBy == actor.Id)
            throw new PermissionDeniedException($"{actor.Id} proposed {award.Reference}, so cannot decide it: another officer must (separation of duties).");
        if (command.Approve)
            RefuseAboveSafetyLimit(award);
        var (_, limit) = policy.Value.LimitFor(actor.Roles);
        if (limit is { } upTo && award.TotalPence > upTo)
            throw new PermissionDeniedException(
                $"{award.Reference} totals {Money.Format(award.TotalPence)}, above {actor.Id}'s authority limit of {Money.Format(upTo)}; it needs {CouldApprove(award.TotalPence)}.");
        if (command.Approve)
        {
            store.Step(award, AwardTrigger.Approve, "Approved", command.Reason.Trim(), actor, at);
            award.ApprovedPence = award.TotalPence;
        }
        else
            store.Step(award, AwardTrigger.Reject, "Rejected", command.Reason.Trim(), actor, at);
        await store.SaveAsync(cancellationToken);
        if (command.Approve)
            events.Publish(AwardEvents.Approved(award, actor.Id, at));
        else
            events.Publish(new AwardRejectedEvent(award.Id, award.Reference, award.ComplaintId, actor.Id, at));
        return award.Id;
    }

    /// <summary>Only an award recorded before the safety limit can be above it; it may be rejected, never approved.</summary>
    private void RefuseAboveSafetyLimit(Award award)
    {
        var maximum = policy.Value.MaximumAwardPence;
        if (award.TotalPence <= maximum)
            return;
        throw new RuleViolationException(
            $"{award.Reference} totals {Money.Format(award.TotalPence)}, above {Money.Format(maximum)}, the safety limit on any award; reject it and propose the right amounts.",
            "AWARD_ABOVE_SAFETY_LIMIT",
            new Dictionary<string, string>
            {
                ["award"] = award.Reference,
                ["total_pence"] = award.TotalPence.ToString(CultureInfo.InvariantCulture),
                ["maximum_award_pence"] = maximum.ToString(CultureInfo.InvariantCulture),
            });
    }

    private string CouldApprove(long totalPence) => string.Join(" or ", policy.Value.AuthorityLimits
        .Where(l => l.UpToPence is null || l.UpToPence >= totalPence)
        .Select(l => l.UpToPence is { } upTo ? $"{l.Role} (up to {Money.Format(upTo)})" : $"{l.Role} (no limit)"));
}

/// <summary>The resident's answer: accepted, declined, or no reply after the offer was chased.</summary>
internal sealed class RecordOfferResponseHandler(AwardStore store, IEventPublisher events, TimeProvider clock, IOptions<ClockOptions> clockOptions)
    : ICommandHandler<RecordOfferResponseCommand, long>
{
    public async Task<long> HandleAsync(PluginContext<RecordOfferResponseCommand, long> context, CancellationToken cancellationToken)
    {
        var command = context.Target;
        store.RequireCompensationRole(context.InitiatingUser);
        if (command.Response is not (AwardTrigger.Accept or AwardTrigger.Decline or AwardTrigger.NoReply))
            throw new ValidationException(new FieldViolation("response", "must be ACCEPTED, DECLINED or NO_REPLY"));
        var at = OccurredAt.Resolve(command.OccurredAt, clock, clockOptions.Value.AllowedSkew);
        var award = await store.GetForUpdateAsync(command.AwardId, command.ExpectedVersion, cancellationToken);
        var kind = command.Response switch
        {
            AwardTrigger.Accept => "Accepted",
            AwardTrigger.Decline => "Declined",
            _ => "NoReply",
        };
        store.Step(award, command.Response.Value, kind, string.IsNullOrWhiteSpace(command.Note) ? "" : command.Note.Trim(), context.InitiatingUser, at);
        await store.SaveAsync(cancellationToken);
        events.Publish(new AwardOfferAnsweredEvent(award.Id, award.Reference, award.ComplaintId, AwardEvents.Answer(command.Response.Value), at));
        return award.Id;
    }
}

/// <summary>Cancels an award nothing has been paid on; the reason is kept.</summary>
internal sealed class CancelAwardHandler(AwardStore store, IEventPublisher events, TimeProvider clock, IOptions<ClockOptions> clockOptions)
    : ICommandHandler<CancelAwardCommand, long>
{
    public async Task<long> HandleAsync(PluginContext<CancelAwardCommand, long> context, CancellationToken cancellationToken)
    {
        var command = context.Target;
        store.RequireCompensationRole(context.InitiatingUser);
        if (string.IsNullOrWhiteSpace(command.Reason))
            throw new ValidationException(new FieldViolation("reason", "must say why the award is cancelled"));
        var at = OccurredAt.Resolve(command.OccurredAt, clock, clockOptions.Value.AllowedSkew);
        var award = await store.GetForUpdateAsync(command.AwardId, command.ExpectedVersion, cancellationToken);
        store.Step(award, AwardTrigger.Cancel, "Cancelled", command.Reason.Trim(), context.InitiatingUser, at);
        await store.SaveAsync(cancellationToken);
        events.Publish(new AwardCancelledEvent(award.Id, award.Reference, award.ComplaintId, at));
        return award.Id;
    }
}
