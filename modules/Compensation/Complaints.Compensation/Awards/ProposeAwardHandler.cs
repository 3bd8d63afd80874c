using System.Globalization;
using Complaints.Compensation.Calculation;
using Complaints.Compensation.Domain;
using Complaints.Compensation.Persistence;
using Complaints.Intake.Contracts;
using Complaints.Kernel.Calendar;
using Complaints.Kernel.Errors;
using Complaints.Kernel.Persistence;
using Complaints.Kernel.Pipeline;
using Complaints.Kernel.Time;
using Microsoft.Extensions.Options;

namespace Complaints.Compensation.Awards;

/// <summary>
/// Proposes an award: for a complaint Intake knows, or for an Ombudsman order (or both); lines worked out by the
/// calculator at the rates in force on the award's date; numbered <c>AWD-YYYY-NNNNNN</c>.
/// </summary>
internal sealed class ProposeAwardHandler(
    CompensationDbContext db,
    AwardStore store,
    AwardCalculator calculator,
    IComplaintDirectory complaints,
    SequenceGenerator sequences,
    TimeProvider clock,
    IOptions<ClockOptions> clockOptions) : ICommandHandler<ProposeAwardCommand, long>
{
    public async Task<long> HandleAsync(PluginContext<ProposeAwardCommand, long> context, CancellationToken cancellationToken)
    {
        var command = context.Target;
        store.RequireCompensationRole(context.InitiatingUser);
        var proposedAt = OccurredAt.Resolve(command.OccurredAt, clock, clockOptions.Value.AllowedSkew);
        var awardedOn = command.AwardedOn ?? LondonTime.Date(proposedAt);

        var violations = new List<FieldViolation>();
        if (command.ComplaintId is null && string.IsNullOrWhiteSpace(command.OmbudsmanCaseReference))
            violations.Add(new FieldViolation("complaint_id", "must name the complaint, or give ombudsman_case_reference for an Ombudsman order"));
        if (string.IsNullOrWhiteSpace(command.Rationale))
            violations.Add(new FieldViolation("rationale", "must say why this award, and why it is proportionate"));
        if (command.ComplaintId is { } complaintId && await complaints.FindAsync(complaintId, cancellationToken) is null)
            violations.Add(new FieldViolation("complaint_id", $"there is no complaint {complaintId}"));
        CalculatedAward? calculated = null;
        try
        {
            calculated = calculator.Calculate(command.Lines, awardedOn);
        }
        catch (ValidationException e)
        {
            violations.AddRange(e.Violations);
        }
        if (violations.Count > 0)
            throw new ValidationException(violations.ToArray());

        var year = LondonTime.Date(proposedAt).Year;
        var number = await sequences.NextAsync($"award-{year}", cancellationToken);
        var award = new Award
        {
            Reference = string.Create(CultureInfo.InvariantCulture, $"AWD-{year}-{number:D6}"),
            ComplaintId = command.ComplaintId,
            OmbudsmanCaseReference = string.IsNullOrWhiteSpace(command.OmbudsmanCaseReference) ? null : command.OmbudsmanCaseReference.Trim(),
            Lines = calculated!.Lines.ToList(),
            TotalPence = calculated.TotalPence,
            Band = calculated.Band.Name,
            AwardedOn = awardedOn,
            RatesEffectiveFrom = calculated.Rates?.EffectiveFrom,
            Rationale = command.Rationale.Trim(),
            ProposedBy = context.InitiatingUser.Id,
            ProposedAt = proposedAt,
            ProposedOn = LondonTime.Date(proposedAt),
        };
        AwardStore.Record(award, "Proposed", award.Rationale, context.InitiatingUser, proposedAt);
        db.Awards.Add(award);
        await db.SaveChangesAsync(cancellationToken);
        return award.Id;
    }
}
