using Complaints.Hazards.Contracts;
using Complaints.Hazards.Domain;
using Complaints.Hazards.Policy;
using Complaints.Hazards.Report;
using Complaints.Intake.Contracts;
using Complaints.Kernel.Pipeline;
using Microsoft.Extensions.Options;

namespace Complaints.Hazards.FromComplaints;

/// <summary>
/// PostOperation on any message that may tell of a hazard (<see cref="IHazardNotice"/>, e.g. LogComplaint): reports the
/// hazard in the same transaction, through this module's own ReportHazard message, so the hazard clocks start with the
/// complaint and never wait for it. Which flags count, and how an unassessed one is treated, is the profile's. A tenancy
/// the regulations do not apply to raises nothing; the complaint is logged either way.
/// </summary>
[PluginStep(PipelineStage.PostOperation, Order = 30)]
internal sealed class ReportHazardFromComplaintPlugin(ICommandPipeline pipeline, IOptions<HazardsPolicy> policy) : ContractPlugin<IHazardNotice>
{
    protected override async Task ExecuteAsync(ContractPluginContext<IHazardNotice> context, CancellationToken cancellationToken)
    {
        if (context.Target.Hazard is not { } notice || context.Result is not ILoggedComplaint complaint)
            return;
        var rules = policy.Value.FromComplaint;
        var counted = rules.Flags.Select(Enum.Parse<HazardFlags>).Aggregate(HazardFlags.None, (all, flag) => all | flag);
        if ((notice.Flags & counted) == HazardFlags.None || !HazardRules.TenureApplies(policy.Value, notice.Tenure))
            return;
        var kind = string.IsNullOrWhiteSpace(notice.Kind) ? rules.UnassessedKind : notice.Kind.Trim();
        await pipeline.ExecuteAsync(new ReportHazardCommand(
            HazardSource.Complaint,
            complaint.Reference,
            notice.PropertyReference ?? "",
            notice.ResidentReference,
            kind,
            notice.Emergency ?? rules.UnassessedIsEmergency,
            notice.AwareAt,
            notice.Tenure ?? "",
            notice.Description,
            IdempotencyKey: null,
            ComplaintId: complaint.ComplaintId), cancellationToken);
    }
}
