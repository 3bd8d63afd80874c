using Complaints.Compensation.Domain;
using Complaints.Compensation.Persistence;
using Complaints.Compensation.Policy;
using Complaints.Kernel.Calendar;
using Complaints.Kernel.Errors;
using Complaints.Kernel.Pipeline;
using Complaints.Kernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Complaints.Compensation.Awards;

/// <summary>
/// Records a payment. The finance system's reference makes it idempotent: the same payment again changes nothing; a
/// different one under the same reference is ALREADY_EXISTS. Payments never pass the approved amount, and an offset
/// against rent arrears needs the policy's leave and the resident's agreement.
/// </summary>
internal sealed class RecordPaymentHandler(
    CompensationDbContext db, AwardStore store, IOptions<CompensationPolicy> policy, TimeProvider clock, IOptions<ClockOptions> clockOptions)
    : ICommandHandler<RecordPaymentCommand, long>
{
    public async Task<long> HandleAsync(PluginContext<RecordPaymentCommand, long> context, CancellationToken cancellationToken)
    {
        var command = context.Target;
        store.RequireCompensationRole(context.InitiatingUser);
        var at = OccurredAt.Resolve(command.OccurredAt, clock, clockOptions.Value.AllowedSkew);
        var paidOn = command.PaidOn ?? LondonTime.Date(at);
        Validate(command, paidOn, LondonTime.Date(clock.GetUtcNow()));

        var award = await store.GetForUpdateAsync(command.AwardId, null, cancellationToken);
        var reference = command.PaymentReference.Trim();
        var earlier = await db.Payments.SingleOrDefaultAsync(p => p.AwardId == award.Id && p.Reference == reference, cancellationToken);
        if (earlier is not null)
            return earlier.Method == command.Method && earlier.AmountPence == command.AmountPence && earlier.PaidOn == paidOn
                ? award.Id
                : throw new AlreadyExistsException($"Payment '{reference}' on {award.Reference} was recorded as {Money.Format(earlier.AmountPence)} by {earlier.Method} on {earlier.PaidOn:yyyy-MM-dd}.");

        CheckOffset(command);
        var paid = award.PaidPence + command.AmountPence;
        if (award.ApprovedPence is { } approved && paid > approved)
            throw new RuleViolationException(
                $"{Money.Format(command.AmountPence)} would take payments on {award.Reference} to {Money.Format(paid)}, above the {Money.Format(approved)} approved; {Money.Format(approved - award.PaidPence)} is left to pay.");
        var full = paid == award.ApprovedPence;
        store.Step(award, full ? AwardTrigger.PayInFull : AwardTrigger.PayInPart, full ? "Paid" : "PaidInPart",
            $"{Money.Format(command.AmountPence)} by {command.Method} on {paidOn:yyyy-MM-dd}, reference {reference}", context.InitiatingUser, at);
        award.PaidPence = paid;
        db.Payments.Add(new Payment
        {
            AwardId = award.Id, Method = command.Method!.Value, Reference = reference, AmountPence = command.AmountPence, PaidOn = paidOn,
            ResidentAgreedOffset = command.ResidentAgreedOffset, RecordedBy = context.InitiatingUser.Id, RecordedAt = at,
        });
        await store.SaveAsync(cancellationToken);
        return award.Id;
    }

    private static void Validate(RecordPaymentCommand command, DateOnly paidOn, DateOnly today)
    {
        var violations = new List<FieldViolation>();
        if (command.Method is null)
            violations.Add(new FieldViolation("method", "must say how it was paid"));
        if (string.IsNullOrWhiteSpace(command.PaymentReference))
            violations.Add(new FieldViolation("payment_reference", "must give the finance system's reference"));
        if (command.AmountPence <= 0)
            violations.Add(new FieldViolation("amount_pence", "must be more than 0"));
        if (paidOn > today)
            violations.Add(new FieldViolation("paid_on", "must not be in the future"));
        if (violations.Count > 0)
            throw new ValidationException(violations.ToArray());
    }

    private void CheckOffset(RecordPaymentCommand command)
    {
        if (command.Method != PaymentMethod.RentArrearsOffset)
            return;
        var rule = policy.Value.RentArrearsOffset;
        if (!rule.Allowed)
            throw new RuleViolationException($"The policy does not set awards against rent arrears ({rule.Clause}).");
        if (rule.RequiresResidentAgreement && !command.ResidentAgreedOffset)
            throw new RuleViolationException($"An offset against rent arrears needs the resident's agreement ({rule.Clause}).");
    }
}
