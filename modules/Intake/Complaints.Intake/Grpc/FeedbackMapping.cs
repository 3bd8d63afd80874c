using Complaints.Intake.Api.V1;
using Complaints.Intake.Feedback;
using Google.Protobuf.WellKnownTypes;

namespace Complaints.Intake.Grpc;

/// <summary>A stored compliment or feedback → its API message.</summary>
internal static class FeedbackMapping
{
    public static Api.V1.Feedback ToMessage(FeedbackRecord record)
    {
        var message = new Api.V1.Feedback
        {
            Id = record.Id.ToString(),
            Reference = record.Reference,
            Kind = record.Kind,
            Compliment = record.IsCompliment,
            Channel = (Channel)(int)record.Channel,
            Text = record.Text,
            ResidentReference = record.ResidentReference,
            Anonymous = record.Anonymous,
            ServiceArea = record.ServiceArea,
            StaffMember = record.StaffMember ?? "",
            Team = record.Team ?? "",
            ReceivedAt = Timestamp.FromDateTimeOffset(record.ReceivedAt),
            RecordedAt = Timestamp.FromDateTimeOffset(record.RecordedAt),
            RecordedBy = record.RecordedBy,
        };
        if (record.PassedOnAt is { } passedOnAt)
            message.PassedOn = new PassedOn { PassedOnTo = record.PassedOnTo ?? "", PassedOnAt = Timestamp.FromDateTimeOffset(passedOnAt), PassedOnBy = record.PassedOnBy ?? "" };
        if (record.ServiceImprovementNotedAt is { } notedAt)
            message.ServiceImprovement = new Api.V1.ServiceImprovement
            {
                Description = record.ServiceImprovement ?? "", NotedAt = Timestamp.FromDateTimeOffset(notedAt), NotedBy = record.ServiceImprovementNotedBy ?? "",
            };
        if (record.ComplaintId is { } complaintId)
            message.LoggedAsComplaint = new LoggedAsComplaint
            {
                ComplaintId = complaintId.ToString(), ComplaintReference = record.ComplaintReference ?? "",
                LoggedAt = Timestamp.FromDateTimeOffset(record.LoggedAsComplaintAt!.Value), LoggedBy = record.LoggedAsComplaintBy ?? "",
            };
        return message;
    }
}
