using Complaints.Grpc;
using Complaints.Investigation.Api.V1;

namespace Complaints.EndToEnd.Tests.Infrastructure;

/// <summary>Client-side handles for complaints.investigation.v1.InvestigationService.</summary>
public static class InvestigationMethods
{
    public static readonly Method<AssignOfficerRequest, AssignOfficerResponse> AssignOfficer = Find<AssignOfficerRequest, AssignOfficerResponse>("AssignOfficer");

    public static readonly Method<RecordContactRequest, RecordContactResponse> RecordContact = Find<RecordContactRequest, RecordContactResponse>("RecordContact");

    public static readonly Method<RecordEvidenceRequest, RecordEvidenceResponse> RecordEvidence = Find<RecordEvidenceRequest, RecordEvidenceResponse>("RecordEvidence");

    public static readonly Method<GetCaseFileRequest, GetCaseFileResponse> GetCaseFile = Find<GetCaseFileRequest, GetCaseFileResponse>("GetCaseFile");

    public static readonly Method<IssueResponseRequest, IssueResponseResponse> IssueResponse = Find<IssueResponseRequest, IssueResponseResponse>("IssueResponse");

    public static readonly Method<AddActionRequest, AddActionResponse> AddAction = Find<AddActionRequest, AddActionResponse>("AddAction");

    public static readonly Method<UpdateActionRequest, UpdateActionResponse> UpdateAction = Find<UpdateActionRequest, UpdateActionResponse>("UpdateAction");

    public static readonly Method<CompleteActionRequest, CompleteActionResponse> CompleteAction = Find<CompleteActionRequest, CompleteActionResponse>("CompleteAction");

    public static readonly Method<CloseComplaintRequest, CloseComplaintResponse> CloseComplaint = Find<CloseComplaintRequest, CloseComplaintResponse>("CloseComplaint");

    public static readonly Method<RecordMediationRequest, RecordMediationResponse> RecordMediation = Find<RecordMediationRequest, RecordMediationResponse>("RecordMediation");

    public static readonly Method<ReferToBuildingSafetyRegulatorRequest, ReferToBuildingSafetyRegulatorResponse> ReferToBuildingSafetyRegulator = Find<ReferToBuildingSafetyRegulatorRequest, ReferToBuildingSafetyRegulatorResponse>("ReferToBuildingSafetyRegulator");

    public static readonly Method<GetResponseLetterRequest, GetResponseLetterResponse> GetResponseLetter = Find<GetResponseLetterRequest, GetResponseLetterResponse>("GetResponseLetter");

    public static readonly Method<ExtendDeadlineRequest, ExtendDeadlineResponse> ExtendDeadline = Find<ExtendDeadlineRequest, ExtendDeadlineResponse>("ExtendDeadline");

    public static readonly Method<RequestEscalationRequest, RequestEscalationResponse> RequestEscalation = Find<RequestEscalationRequest, RequestEscalationResponse>("RequestEscalation");

    public static readonly Method<AcknowledgeEscalationRequest, AcknowledgeEscalationResponse> AcknowledgeEscalation = Find<AcknowledgeEscalationRequest, AcknowledgeEscalationResponse>("AcknowledgeEscalation");

    public static readonly Method<RefuseEscalationRequest, RefuseEscalationResponse> RefuseEscalation = Find<RefuseEscalationRequest, RefuseEscalationResponse>("RefuseEscalation");

    private static Method<TRequest, TResponse> Find<TRequest, TResponse>(string name)
        where TRequest : class, Google.Protobuf.IMessage<TRequest>, new()
        where TResponse : class, Google.Protobuf.IMessage<TResponse>, new() =>
        Method<TRequest, TResponse>.From(InvestigationReflection.Descriptor.Services[0].FindMethodByName(name));
}
