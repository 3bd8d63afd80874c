using Complaints.Intake.Api.V1;
using Complaints.Intake.Domain;
using Complaints.Intake.Read;
using Complaints.Kernel.Wire;
using Google.Protobuf.WellKnownTypes;
using Wire = Complaints.Common.V1;

namespace Complaints.Intake.Grpc;

/// <summary>Between the wire messages of intake.proto and Intake's own types.</summary>
internal static class IntakeMapping
{
    /// <summary>The proto enum's numbers match <see cref="ComplaintChannel"/>'s by design; unspecified is null.</summary>
    public static ComplaintChannel? ToChannel(Channel channel) =>
        channel != Channel.Unspecified && System.Enum.IsDefined((ComplaintChannel)(int)channel) ? (ComplaintChannel)(int)channel : null;

    /// <summary>The complaint's hazard flag with what is known of it; null when the request sets none.</summary>
    public static Log.HazardMention? ToHazardMention(Api.V1.HazardMention? hazard) => hazard is null ? null : new Log.HazardMention(
        string.IsNullOrWhiteSpace(hazard.Kind) ? null : hazard.Kind.Trim(),
        hazard.Category switch
        {
            HazardMentionCategory.Emergency => true,
            HazardMentionCategory.Significant => false,
            _ => null,
        },
        string.IsNullOrWhiteSpace(hazard.Tenure) ? null : hazard.Tenure.Trim());

    public static Guid ComplaintId(string value) =>
        Guid.TryParse(value, out var id) ? id : throw new Kernel.Errors.ValidationException(new Kernel.Errors.FieldViolation("complaint_id", "must be the complaint's UUID"));

    public static Api.V1.Complaint ToMessage(ComplaintView view)
    {
        var complaint = view.Complaint;
        var message = new Api.V1.Complaint
        {
            Id = complaint.Id.ToString(),
            Reference = complaint.Reference,
            Channel = (Channel)(int)complaint.Channel,
            Description = complaint.Description,
            ResidentReference = complaint.ResidentReference,
            ReceivedAt = Timestamp.FromDateTimeOffset(complaint.ReceivedAt),
            LoggedAt = Timestamp.FromDateTimeOffset(complaint.LoggedAt),
            LoggedBy = complaint.LoggedBy,
            Stage = WireEnum.Map<Wire.Stage>(view.Lifecycle.Stage),
            Version = view.Lifecycle.Version,
            ComplaintDefinition = complaint.Definition ?? "",
            NamedOfficer = complaint.NamedOfficer ?? "",
            ResolutionSought = complaint.ResolutionSought ?? "",
            ExclusionReason = complaint.ExclusionReason ?? "",
            OutcomeExplanation = complaint.OutcomeExplanation ?? "",
            Acceptance = new Api.V1.AcceptanceAssessment
            {
                Acceptable = complaint.Acceptance.Acceptable,
                Explanation = complaint.Acceptance.Explanation,
                SuggestedExclusionReason = complaint.Acceptance.SuggestedExclusionReason ?? "",
                OfficerMayOverride = complaint.Acceptance.OfficerMayOverride,
            },
            Anonymous = complaint.Anonymous,
            Safeguarding = complaint.Safeguarding,
            HealthAndSafety = complaint.HealthAndSafety,
            BuildingSafety = complaint.BuildingSafety,
            Category = complaint.Category ?? "",
        };
        message.PermittedTriggers.AddRange(view.Lifecycle.PermittedTriggers.Select(t => WireEnum.Map<Wire.Trigger>(t)));
        DetailMapping.AddDetails(message, view);
        message.ClockStatus = ClockSummary.WorstStatus(view.Lifecycle) is { } worst ? WireEnum.Map<Wire.ClockStatus>(worst) : Wire.ClockStatus.Unspecified;
        if (ClockSummary.NextDue(view.Lifecycle) is { } next)
        {
            message.NextDue = new ClockDue
            {
                Name = next.Name,
                DueOn = next.DueOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                DueBy = Timestamp.FromDateTimeOffset(next.DueBy),
                Status = WireEnum.Map<Wire.ClockStatus>(next.Status),
                Provisional = next.Provisional,
            };
        }
        return message;
    }
}
