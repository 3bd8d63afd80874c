using System.Globalization;
using Complaints.Compensation.Domain;
using Complaints.Compensation.Persistence;
using Complaints.Compensation.Policy;
using Complaints.Kernel.Calendar;
using Complaints.Kernel.Errors;
using Complaints.Kernel.Outbox;
using Complaints.Kernel.Pipeline;
using Complaints.Kernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Complaints.Compensation.Awards;

/// <summary>
/// Records a payment. The finance system's reference makes it idempotent: the same payment again changes nothing; a
/// different one under the same reference is ALREADY_EXISTS. No payment passes the profile's safety limit or what is
/// left to pay, so the sum paid never passes the approved amount (nor wraps past int64), and an offset against rent
/// arrears needs the policy's leave and the resident's agreement.
/// </summary>
internal sealed class RecordPaymentHandler(
    CompensationDbContext db, AwardStore store, IOptions<CompensationPolicy> policy, IEventPublisher events, TimeProvider clock,
    IOptions<ClockOptions> clockOptions)
    : ICommandHandler<RecordPaymentCommand, long>
{
    public async Task<long> HandleAsync(PluginContext<RecordPaymentCommand, long> context, CancellationToken cancellationToken)
    {
        var command = context.Target;
        store.RequireCompensationRole(context.InitiatingUser);
        var at = OccurredAt.Resolve(command.OccurredAt, clock, clockOptions.Value.AllowedSkew);
        var paidOn = command.PaidOn ?? LondonTime.Date(at);
        Validate(command, paidOn, LondonTime.Date(clock.GetUtcNow()), policy.Value.MaximumAwardPence);

        var award = await store.GetForUpdateAsync(command.AwardId, null, cancellationToken);
        var reference = command.PaymentReference.Trim();
        var earlier = await db.Payments.SingleOrDefaultAsync(p => p.AwardId == award.Id && p.Reference == reference, cancellationToken);
        if (earlier is not null)
            return earlier.Method == command.Method && earlier.AmountPence == command.AmountPence && earlier.PaidOn == paidOn
                ? award.Id
                : throw new AlreadyExistsException($"Payment '{reference}' on {award.Reference} was recorded as {Money.Format(earlier.AmountPence)} by {earlier.Method} on {earlier.PaidOn:yyyy-MM-dd}.");

        CheckOffset(command);
        // Before approval the workflow refuses any payment, with the reason.
        if (award.ApprovedPence is not null && command.AmountPence > award.RemainingPence)
            throw AboveRemaining(award, command.AmountPence);
        var full = command.AmountPence == award.RemainingPence;
        store.Step(award, full ? AwardTrigger.PayInFull : AwardTrigger.PayInPart, full ? "Paid" : "PaidInPart",
            $"{Money.Format(command.AmountPence)} by {command.Method} on {paidOn:yyyy-MM-dd}, reference {reference}", context.InitiatingUser, at);
        award.PaidPence = checked(award.PaidPence + command.AmountPence);
        var payment = db.Payments.Add(new Payment
        {
            AwardId = award.Id, Method = command.Method!.Value, Reference = reference, AmountPence = command.AmountPence, PaidOn = paidOn,
            ResidentAgreedOffset = command.ResidentAgreedOffset, RecordedBy = context.InitiatingUser.Id, RecordedAt = at,
        }).Entity;
        await store.SaveAsync(cancellationToken);
        events.Publish(AwardEvents.Paid(award, payment));
        return award.Id;
    }

    private static void Validate(RecordPaymentCommand command, DateOnly paidOn, DateOnly today, long maximumPence)
    {
        var violations = new List<FieldViolation>();
        if (command.Method is null)
            violations.Add(new FieldViolation("method", "must say how it was paid"));
        if (string.IsNullOrWhiteSpace(command.PaymentReference))
            violations.Add(new FieldViolation("payment_reference", "must give the finance system's reference"));
        if (command.AmountPence <= 0)
            violations.Add(new FieldViolation("amount_pence", "must be more than 0"));
        else if (command.AmountPence > maximumPence)
            violations.Add(new FieldViolation("amount_pence", $"must be at most {Money.Format(maximumPence)}, the safety limit on any amount"));
        if (paidOn > today)
            violations.Add(new FieldViolation("paid_on", "must not be in the future"));
        if (violations.Count > 0)
            throw new ValidationException(violations.ToArray());
    }

    private static RuleViolationException AboveRemaining(Award award, long amountPence) => new(
        $"{Money.Format(amountPence)} would take payments on {award.Reference} above the {Money.Format(award.ApprovedPence!.Value)} approved; {Money.Format(award.RemainingPence)} is left to pay.",
        "PAYMENT_ABOVE_REMAINING",
        new Dictionary<string, string>
        {
            ["award"] = award.Reference,
            ["approved_pence"] = award.ApprovedPence.Value.ToString(CultureInfo.InvariantCulture),
            ["paid_pence"] = award.PaidPence.ToString(CultureInfo.InvariantCulture),
            ["remaining_pence"] = award.RemainingPence.ToString(CultureInfo.InvariantCulture),
            ["amount_pence"] = amountPence.ToString(CultureInfo.InvariantCulture),
        });

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
