using System.Globalization;
using Complaints.Hazards.Contracts;
using Complaints.Hazards.Domain;
using Complaints.Hazards.Persistence;
using Complaints.Hazards.Policy;
using Complaints.Kernel.Calendar;
using Complaints.Kernel.Errors;
using Complaints.Kernel.Outbox;
using Complaints.Kernel.Persistence;
using Complaints.Kernel.Pipeline;
using Complaints.Kernel.Time;
using Microsoft.Extensions.Options;

namespace Complaints.Hazards.Report;

/// <summary>
/// Numbers and stores a hazard (<c>HAZ-YYYY-NNNNNN</c>). Refused when the tenure is one the regulations do not apply to,
/// or the kind is not prescribed for its category on the day the landlord became aware.
/// </summary>
internal sealed class ReportHazardHandler(
    HazardsDbContext db, SequenceGenerator sequences, IEventPublisher events, IOptions<HazardsPolicy> policy, TimeProvider clock, IOptions<ClockOptions> clockOptions)
    : ICommandHandler<ReportHazardCommand, long>
{
    public async Task<long> HandleAsync(PluginContext<ReportHazardCommand, long> context, CancellationToken cancellationToken)
    {
        var command = context.Target;
        var violations = new List<FieldViolation>();
        if (command.Source is null)
            violations.Add(new FieldViolation("source", "must say where the landlord learned of it: COMPLAINT, SERVICE_REQUEST, REPAIR or SURVEY"));
        if (string.IsNullOrWhiteSpace(command.SourceReference) && command.ComplaintId is null)
            violations.Add(new FieldViolation("source_reference", "must identify the complaint, service request, repair or survey"));
        if (string.IsNullOrWhiteSpace(command.Kind))
            violations.Add(new FieldViolation("kind", "must name the hazard's kind"));
        if (command.Emergency is null)
            violations.Add(new FieldViolation("category", "must say whether it is an EMERGENCY or a SIGNIFICANT hazard"));
        if (string.IsNullOrWhiteSpace(command.Description))
            violations.Add(new FieldViolation("description", "must describe the hazard"));
        if (violations.Count > 0)
            throw new ValidationException(violations.ToArray());
        var awareAt = OccurredAt.Resolve(command.AwareAt, clock, clockOptions.Value.AllowedSkew, "aware_at");
        HazardRules.EnsureInScope(policy.Value, command.Tenure, command.Kind.Trim(), command.Emergency!.Value, LondonTime.Date(awareAt));

        var year = LondonTime.Date(awareAt).Year;
        var number = await sequences.NextAsync($"hazard-{year}", cancellationToken);
        var hazard = new Hazard
        {
            Reference = string.Create(CultureInfo.InvariantCulture, $"HAZ-{year}-{number:D6}"),
            Source = command.Source!.Value,
            SourceReference = (command.SourceReference ?? "").Trim(),
            ComplaintId = command.ComplaintId,
            PropertyReference = (command.PropertyReference ?? "").Trim(),
            ResidentReference = (command.ResidentReference ?? "").Trim(),
            Kind = command.Kind.Trim(),
            Emergency = command.Emergency!.Value,
            AwareAt = awareAt,
            Tenure = (command.Tenure ?? "").Trim(),
            Description = command.Description.Trim(),
            ReportedBy = context.InitiatingUser.Id,
            ReportedAt = OccurredAt.WholeMilliseconds(clock.GetUtcNow()),
        };
        db.Hazards.Add(hazard);
        await db.SaveChangesAsync(cancellationToken);
        events.Publish(new HazardReportedEvent(hazard.Id, hazard.Reference, hazard.Kind, hazard.Emergency, hazard.Source.ToString(), hazard.ComplaintId,
            hazard.PropertyReference, hazard.AwareAt));
        return hazard.Id;
    }
}
