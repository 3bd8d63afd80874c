using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.Intake.Api.V1;
using Google.Protobuf.WellKnownTypes;

namespace Complaints.EndToEnd.Tests.Feedback;

/// <summary>Compliments and feedback as the tests record them.</summary>
public static class FeedbackData
{
    public static RecordFeedbackRequest Request(string kind, string text = "The caretaker kept the stairs spotless", string serviceArea = "Neighbourhoods and tenancy",
        Timestamp? receivedAt = null) => new()
    {
        Kind = kind, Channel = Channel.Email, Text = text, ResidentReference = "TEN-000321", ServiceArea = serviceArea,
        StaffMember = "Jo Bloggs", Team = "Estate services", ReceivedAt = receivedAt,
    };

    public static async Task<Complaints.Intake.Api.V1.Feedback> RecordAsync(RunningHost host, RecordFeedbackRequest request) =>
        (await host.Feedback.RecordFeedbackAsync(request).ResponseAsync).Feedback;
}
