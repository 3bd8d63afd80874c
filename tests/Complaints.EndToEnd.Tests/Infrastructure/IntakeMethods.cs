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

    public static readonly Method<AcknowledgeComplaintRequest, AcknowledgeComplaintResponse> AcknowledgeComplaint =
        Method<AcknowledgeComplaintRequest, AcknowledgeComplaintResponse>.From(IntakeReflection.Descriptor.Services[0].FindMethodByName("AcknowledgeComplaint"));

    public static readonly Method<DeclineComplaintRequest, DeclineComplaintResponse> DeclineComplaint =
        Method<DeclineComplaintRequest, DeclineComplaintResponse>.From(IntakeReflection.Descriptor.Services[0].FindMethodByName("DeclineComplaint"));

    public static readonly Method<WithdrawComplaintRequest, WithdrawComplaintResponse> WithdrawComplaint =
        Method<WithdrawComplaintRequest, WithdrawComplaintResponse>.From(IntakeReflection.Descriptor.Services[0].FindMethodByName("WithdrawComplaint"));

    public static readonly Method<RecordServiceRequestRequest, RecordServiceRequestResponse> RecordServiceRequest =
        Method<RecordServiceRequestRequest, RecordServiceRequestResponse>.From(IntakeReflection.Descriptor.Services[0].FindMethodByName("RecordServiceRequest"));

    public static readonly Method<GetServiceRequestRequest, GetServiceRequestResponse> GetServiceRequest =
        Method<GetServiceRequestRequest, GetServiceRequestResponse>.From(IntakeReflection.Descriptor.Services[0].FindMethodByName("GetServiceRequest"));

    public static readonly Method<RaiseComplaintFromServiceRequestRequest, RaiseComplaintFromServiceRequestResponse> RaiseComplaintFromServiceRequest =
        Method<RaiseComplaintFromServiceRequestRequest, RaiseComplaintFromServiceRequestResponse>.From(IntakeReflection.Descriptor.Services[0].FindMethodByName("RaiseComplaintFromServiceRequest"));

    public static readonly Method<AddComplaintPointRequest, AddComplaintPointResponse> AddComplaintPoint =
        Method<AddComplaintPointRequest, AddComplaintPointResponse>.From(IntakeReflection.Descriptor.Services[0].FindMethodByName("AddComplaintPoint"));

    public static readonly Method<LinkComplaintsRequest, LinkComplaintsResponse> LinkComplaints =
        Method<LinkComplaintsRequest, LinkComplaintsResponse>.From(IntakeReflection.Descriptor.Services[0].FindMethodByName("LinkComplaints"));

    public static readonly Method<StartEarlyResolutionRequest, StartEarlyResolutionResponse> StartEarlyResolution =
        Method<StartEarlyResolutionRequest, StartEarlyResolutionResponse>.From(IntakeReflection.Descriptor.Services[0].FindMethodByName("StartEarlyResolution"));

    public static readonly Method<ResolveEarlyRequest, ResolveEarlyResponse> ResolveEarly =
        Method<ResolveEarlyRequest, ResolveEarlyResponse>.From(IntakeReflection.Descriptor.Services[0].FindMethodByName("ResolveEarly"));

    public static readonly Method<AnswerAsCorrespondenceRequest, AnswerAsCorrespondenceResponse> AnswerAsCorrespondence =
        Method<AnswerAsCorrespondenceRequest, AnswerAsCorrespondenceResponse>.From(IntakeReflection.Descriptor.Services[0].FindMethodByName("AnswerAsCorrespondence"));

    public static readonly Method<ListComplaintsRequest, ListComplaintsResponse> ListComplaints =
        Method<ListComplaintsRequest, ListComplaintsResponse>.From(IntakeReflection.Descriptor.Services[0].FindMethodByName("ListComplaints"));

    public static LogComplaintRequest ValidRequest(string description = "The repair to my boiler was missed twice.") => new()
    {
        Channel = Channel.Phone,
        Description = description,
        ResidentReference = "TEN-000123",
    };
}
