using Complaints.Intake.Contracts;
using Complaints.Kernel.Pipeline;
using Complaints.VexatiousBehaviour.Contracts;

namespace Complaints.VexatiousBehaviour.Contact;

/// <summary>
/// PreValidation on every contact-bearing message of any module (<see cref="IResidentContact"/>): where a restriction
/// is in force for the resident, the command goes on with its routing set — flagged, and sent to the permitted route —
/// and is never refused. Urgent matters pass untouched apart from the note.
/// </summary>
[PluginStep(PipelineStage.PreValidation, Order = 5)]
internal sealed class ApplyContactRestrictionsPlugin(RestrictionsInForce restrictions, IComplaintDirectory complaints) : ContractPlugin<IResidentContact>
{
    protected override async Task ExecuteAsync(ContractPluginContext<IResidentContact> context, CancellationToken cancellationToken)
    {
        var contact = context.Target;
        var resident = contact.ContactResidentReference;
        if (string.IsNullOrWhiteSpace(resident) && contact.ContactComplaintId is { } complaintId)
            resident = (await complaints.FindAsync(complaintId, cancellationToken))?.ResidentReference;
        if (string.IsNullOrWhiteSpace(resident))
            return;
        var inForce = await restrictions.ForAsync(resident.Trim(), context.StartedAt, cancellationToken);
        if (ContactRules.Decide(inForce, contact.ContactChannel, contact.UrgentMatter).Routing is { } routing)
            context.Target = contact.WithRouting(routing);
    }
}
