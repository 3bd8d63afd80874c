using Complaints.Grpc;
using Complaints.Intake.Api.V1;

namespace Complaints.EndToEnd.Tests.Infrastructure;

/// <summary>Client-side handles for complaints.intake.v1.IntakeService.</summary>
public static class IntakeMethods
{
    public static readonly Method<LogComplaintRequest, LogComplaintResponse> LogComplaint =
        Method<LogComplaintRequest, LogComplaintResponse>.From(IntakeReflection.Descriptor.Services[0].FindMethodByName("LogComplaint"));

    public static readonly Method<GetComplaintRequest, GetComplaintResponse> GetComplaint =
        Method<GetComplaintRequest, GetComplaintResponse>.From(IntakeReflection.Descriptor.Services[0].FindMethodByName("GetComplaint"));

    public static LogComplaintRequest ValidRequest(string description = "The repair to my boiler was missed twice.") => new()
    {
        Channel = Channel.Phone,
        Description = description,
        ResidentReference = "TEN-000123",
    };
}
