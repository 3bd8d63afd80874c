using Complaints.Kernel.Errors;
using Complaints.Kernel.Pipeline.Plugins.Images;
using Complaints.Lifecycle.Contracts;

namespace Complaints.Intake.Read;

/// <summary>
/// A complaint as a landlord's step sees it in its pre- and post-images (logical name <c>complaint</c>): what Intake
/// recorded and the stage the lifecycle has it at, read in the message's transaction.
/// </summary>
internal sealed class ComplaintImageSource(ComplaintReader reader) : IRecordImageSource
{
    public string KeyAttribute => "complaint_id";

    public string LogicalName => "complaint";

    public IReadOnlySet<string> CreatedBy { get; } = new HashSet<string> { "LogComplaint" };

    public async Task<object?> ReadAsync(object key, CancellationToken cancellationToken)
    {
        if (key is not Guid id)
            return null;
        try
        {
            var view = await reader.GetByIdAsync(id, null, cancellationToken);
            var complaint = view.Complaint;
            return new ComplaintImage(
                complaint.Id, complaint.Reference, complaint.Channel.ToString(), view.Lifecycle.Stage, view.Lifecycle.EnteredStageAt,
                complaint.ReceivedAt, complaint.ResidentReference, complaint.Description, complaint.Definition, complaint.NamedOfficer,
                complaint.ResolutionSought, complaint.OutcomeExplanation, complaint.Safeguarding, complaint.HealthAndSafety,
                complaint.BuildingSafety, complaint.Vulnerabilities, complaint.ReasonableAdjustments, view.Lifecycle.Version);
        }
        catch (NotFoundException)
        {
            return null;
        }
    }

    /// <summary>The attributes of a complaint's image; their names are the snake_case of these.</summary>
    private sealed record ComplaintImage(
        Guid Id, string Reference, string Channel, ComplaintStage Stage, DateTimeOffset EnteredStageAt, DateTimeOffset ReceivedAt,
        string ResidentReference, string Description, string? Definition, string? NamedOfficer, string? ResolutionSought,
        string? OutcomeExplanation, bool Safeguarding, bool HealthAndSafety, bool BuildingSafety, IReadOnlyList<string> Vulnerabilities,
        IReadOnlyList<string> ReasonableAdjustments, int Version);
}
