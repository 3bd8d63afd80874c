using Complaints.HousingSystem.Contracts;
using Complaints.HousingSystem.Persistence;
using Complaints.Intake.Contracts;
using Complaints.Kernel.Errors;
using Complaints.Kernel.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace Complaints.HousingSystem.Repairs;

/// <summary>Refuses a repair that cannot be raised as asked, naming every field; fills the property from the complaint's link.</summary>
[PluginStep(PipelineStage.PreValidation, Order = 10)]
internal sealed class ValidateRaiseRepairPlugin(IComplaintDirectory complaints, HousingSystemDbContext db) : IPlugin<RaiseRepairCommand, Guid>
{
    public async Task ExecuteAsync(PluginContext<RaiseRepairCommand, Guid> context, CancellationToken cancellationToken)
    {
        var command = context.Target;
        var complaint = await complaints.FindAsync(command.ComplaintId, cancellationToken)
            ?? throw new NotFoundException("Complaint", command.ComplaintId.ToString());
        var property = string.IsNullOrWhiteSpace(command.PropertyReference)
            ? await db.ComplaintParties.AsNoTracking().Where(l => l.ComplaintId == command.ComplaintId).Select(l => l.PropertyReference).FirstOrDefaultAsync(cancellationToken)
            : command.PropertyReference.Trim();
        var violations = new List<FieldViolation>();
        if (property is null)
            violations.Add(new FieldViolation("property_reference", "must name the property (the complaint is linked to none)"));
        if (string.IsNullOrWhiteSpace(command.Description))
            violations.Add(new FieldViolation("description", "must say what needs repairing"));
        if (command.Priority is null)
            violations.Add(new FieldViolation("priority", "must be routine, urgent or emergency"));
        if (violations.Count > 0)
            throw new ValidationException(violations.ToArray());
        context.Target = command with { PropertyReference = property, Description = command.Description.Trim() };
        context.SharedVariables[nameof(ComplaintSummary.Reference)] = complaint.Reference;
    }
}

/// <summary>
/// Raises the job in the HMS before the transaction opens, so a slow HMS holds no lock; the main operation then keeps
/// the HMS's job reference. An HMS that cannot be reached refuses the message: nothing is raised, nothing kept.
/// </summary>
[PluginStep(PipelineStage.PreValidation, Order = 100)]
internal sealed class RaiseRepairInHousingSystemPlugin(IHousingSystem housingSystem) : IPlugin<RaiseRepairCommand, Guid>
{
    public async Task ExecuteAsync(PluginContext<RaiseRepairCommand, Guid> context, CancellationToken cancellationToken)
    {
        var command = context.Target;
        var request = new RepairRequest(command.PropertyReference!, command.Description,
            (string)context.SharedVariables[nameof(ComplaintSummary.Reference)]!, command.Priority!.Value);
        try
        {
            context.Target = command with { Job = await housingSystem.RaiseRepairAsync(request, cancellationToken) };
        }
        catch (HousingSystemUnavailableException e)
        {
            throw new RuleViolationException($"The repair was not raised: {e.Message} Try again later.", "HOUSING_SYSTEM_UNAVAILABLE");
        }
    }
}
