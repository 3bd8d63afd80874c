using Complaints.Intake.Contracts;
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
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Complaints.OmbudsmanLiaison.Referrals;

/// <summary>
/// A referral may come at any stage (a resident may go to the Ombudsman at any time): each complaint's lifecycle
/// records it, and the stage it was in is kept. A case reference is recorded once.
/// </summary>
internal sealed class RecordReferralHandler(
    OmbudsmanLiaisonDbContext db, ILifecycle lifecycle, IComplaintDirectory complaints, IEventPublisher events, TimeProvider clock,
    IOptions<ClockOptions> clockOptions) : ICommandHandler<RecordReferralCommand, long>
{
    public async Task<long> HandleAsync(PluginContext<RecordReferralCommand, long> context, CancellationToken cancellationToken)
    {
        var command = context.Target;
        var violations = new List<FieldViolation>();
        if (string.IsNullOrWhiteSpace(command.OmbudsmanCaseReference))
            violations.Add(new FieldViolation("ombudsman_case_reference", "must give the Ombudsman's case reference"));
        if (command.ComplaintIds.Count == 0)
            violations.Add(new FieldViolation("complaint_ids", "must name the complaint(s) referred"));
        if (command.ReferredOn > LondonTime.Date(clock.GetUtcNow()))
            violations.Add(new FieldViolation("referred_on", "must not be in the future"));
        if (violations.Count > 0)
            throw new ValidationException(violations.ToArray());
        var caseReference = command.OmbudsmanCaseReference.Trim();
        if (await db.Referrals.AnyAsync(r => r.OmbudsmanCaseReference == caseReference, cancellationToken))
            throw new AlreadyExistsException($"Ombudsman case {caseReference} is already recorded.");
        var at = OccurredAt.Resolve(command.OccurredAt, clock, clockOptions.Value.AllowedSkew);

        var referred = new List<ReferredComplaint>();
        foreach (var complaintId in command.ComplaintIds.Distinct())
        {
            var complaint = await complaints.FindAsync(complaintId, cancellationToken) ?? throw new NotFoundException("Complaint", complaintId.ToString());
            var stage = (await lifecycle.FindAsync(complaintId, null, cancellationToken))?.Stage.ToString() ?? "";
            await lifecycle.TransitionAsync(new TransitionRequest(complaintId, ComplaintTrigger.ReferToOmbudsman, $"Housing Ombudsman case {caseReference}", at),
                cancellationToken);
            referred.Add(new ReferredComplaint(complaintId, complaint.Reference, stage));
        }
        var referral = new Referral
        {
            OmbudsmanCaseReference = caseReference,
            ReferredOn = command.ReferredOn ?? LondonTime.Date(at),
            Complaints = referred,
            Summary = command.Summary?.Trim() ?? "",
            RecordedBy = context.InitiatingUser.Id,
            RecordedAt = at,
        };
        db.Referrals.Add(referral);
        await db.SaveChangesAsync(cancellationToken);
        events.Publish(new ReferralRecordedEvent(referral.Id, caseReference, referred.Select(c => c.ComplaintId).ToList(), referral.ReferredOn, at));
        return referral.Id;
    }
}

/// <summary>The due date is the one the request states, or the profile's default in working days; one of them must exist.</summary>
internal sealed class RecordEvidenceRequestHandler(
    OmbudsmanLiaisonDbContext db, IOptions<OmbudsmanLiaisonPolicy> policy, WorkingDayCalendar calendar, TimeProvider clock)
    : ICommandHandler<RecordEvidenceRequestCommand, long>
{
    public async Task<long> HandleAsync(PluginContext<RecordEvidenceRequestCommand, long> context, CancellationToken cancellationToken)
    {
        var command = context.Target;
        var rules = policy.Value;
        var violations = new List<FieldViolation>();
        if (string.IsNullOrWhiteSpace(command.What))
            violations.Add(new FieldViolation("what", "must say what the Ombudsman asked for"));
        if (command.ReceivedOn > LondonTime.Date(clock.GetUtcNow()))
            violations.Add(new FieldViolation("received_on", "must not be in the future"));
        if (command.DueOn is null && rules.EvidenceRequestWorkingDays is null)
            violations.Add(new FieldViolation("due_on", $"must give the date the request states: the policy sets no default ({rules.EvidenceRequestClause})"));
        if (violations.Count > 0)
            throw new ValidationException(violations.ToArray());
        _ = await db.Referrals.AsNoTracking().SingleOrDefaultAsync(r => r.Id == command.ReferralId, cancellationToken)
            ?? throw new NotFoundException("Referral", command.ReferralId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var receivedOn = command.ReceivedOn ?? LondonTime.Date(clock.GetUtcNow());
        var (dueOn, dueFrom) = command.DueOn is { } stated
            ? (stated, "as the request states")
            : (calendar.AddWorkingDays(receivedOn, rules.EvidenceRequestWorkingDays!.Value), rules.EvidenceRequestClause);
        var request = new EvidenceRequest { ReferralId = command.ReferralId, What = command.What.Trim(), ReceivedOn = receivedOn, DueOn = dueOn, DueFrom = dueFrom };
        db.EvidenceRequests.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        return request.Id;
    }
}

/// <summary>Evidence sent after its due date needs the explanation the Ombudsman is owed (IDS 7.2).</summary>
internal sealed class SubmitEvidenceHandler(OmbudsmanLiaisonDbContext db, TimeProvider clock, IOptions<ClockOptions> clockOptions)
    : ICommandHandler<SubmitEvidenceCommand, long>
{
    public async Task<long> HandleAsync(PluginContext<SubmitEvidenceCommand, long> context, CancellationToken cancellationToken)
    {
        var command = context.Target;
        if (string.IsNullOrWhiteSpace(command.WhatWasSent))
            throw new ValidationException(new FieldViolation("what_was_sent", "must say what was sent"));
        var at = OccurredAt.Resolve(command.OccurredAt, clock, clockOptions.Value.AllowedSkew);
        var request = await db.EvidenceRequests.SingleOrDefaultAsync(r => r.Id == command.EvidenceRequestId, cancellationToken)
            ?? throw new NotFoundException("Evidence request", command.EvidenceRequestId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (request.SubmittedAt is not null)
            throw new RuleViolationException($"Evidence for request {request.Id} was sent on {request.SubmittedAt:yyyy-MM-dd}.");
        if (LondonTime.Date(at) > request.DueOn && string.IsNullOrWhiteSpace(command.DelayExplanation))
            throw new ValidationException(new FieldViolation("delay_explanation", $"the evidence was due by {request.DueOn:yyyy-MM-dd}; explain the delay to the Ombudsman"));
        (request.SubmittedAt, request.WhatWasSent) = (at, command.WhatWasSent.Trim());
        request.DelayExplanation = string.IsNullOrWhiteSpace(command.DelayExplanation) ? null : command.DelayExplanation.Trim();
        await db.SaveChangesAsync(cancellationToken);
        return request.ReferralId;
    }
}
