using Complaints.Compensation.Calculation;
using Complaints.Intake.Contracts;
using Complaints.Kernel.Calendar;
using Complaints.Kernel.Errors;
using Complaints.Kernel.Pipeline;
using Complaints.Kernel.Time;
using Microsoft.Extensions.Options;

namespace Complaints.Compensation.Awards;

/// <summary>
/// Proposes an award: for a complaint Intake knows, or for an Ombudsman order (or both); lines worked out by the
/// calculator at the rates in force on the award's date.
/// </summary>
internal sealed class ProposeAwardHandler(
    AwardStore store,
    AwardCalculator calculator,
    AwardRecorder recorder,
    IComplaintDirectory complaints,
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

        var award = await recorder.ProposeAsync(calculated!, command.ComplaintId, command.OmbudsmanCaseReference, awardedOn, command.Rationale,
            context.InitiatingUser, proposedAt, cancellationToken);
        return award.Id;
    }
}
