using Complaints.Intake.Api.V1;

namespace Complaints.EndToEnd.Tests.Infrastructure;

/// <summary>A valid complaint to log, for tests about something else.</summary>
public static class IntakeMethods
{
    public static LogComplaintRequest ValidRequest(string description = "The repair to my boiler was missed twice.") => new()
    {
        Channel = Channel.Phone,
        Description = description,
        ResidentReference = "TEN-000123",
    };
}
