using Complaints.Grpc;
using Complaints.OmbudsmanLiaison.Api.V1;

namespace Complaints.EndToEnd.Tests.Infrastructure;

/// <summary>Client-side handles for complaints.ombudsman_liaison.v1.OmbudsmanLiaisonService.</summary>
public static class OmbudsmanMethods
{
    public static readonly Method<RecordReferralRequest, RecordReferralResponse> RecordReferral = Find<RecordReferralRequest, RecordReferralResponse>("RecordReferral");

    public static readonly Method<GetReferralRequest, GetReferralResponse> GetReferral = Find<GetReferralRequest, GetReferralResponse>("GetReferral");

    public static readonly Method<RecordEvidenceRequestRequest, RecordEvidenceRequestResponse> RecordEvidenceRequest = Find<RecordEvidenceRequestRequest, RecordEvidenceRequestResponse>("RecordEvidenceRequest");

    public static readonly Method<SubmitEvidenceRequest, SubmitEvidenceResponse> SubmitEvidence = Find<SubmitEvidenceRequest, SubmitEvidenceResponse>("SubmitEvidence");

    public static readonly Method<ListOpenEvidenceRequestsRequest, ListOpenEvidenceRequestsResponse> ListOpenEvidenceRequests = Find<ListOpenEvidenceRequestsRequest, ListOpenEvidenceRequestsResponse>("ListOpenEvidenceRequests");

    public static readonly Method<ExportCaseFileRequest, ExportCaseFileResponse> ExportCaseFile = Find<ExportCaseFileRequest, ExportCaseFileResponse>("ExportCaseFile");

    public static readonly Method<RecordDeterminationRequest, RecordDeterminationResponse> RecordDetermination = Find<RecordDeterminationRequest, RecordDeterminationResponse>("RecordDetermination");

    public static readonly Method<RecordOrderComplianceRequest, RecordOrderComplianceResponse> RecordOrderCompliance = Find<RecordOrderComplianceRequest, RecordOrderComplianceResponse>("RecordOrderCompliance");

    public static readonly Method<ListOpenOrdersRequest, ListOpenOrdersResponse> ListOpenOrders = Find<ListOpenOrdersRequest, ListOpenOrdersResponse>("ListOpenOrders");

    public static readonly Method<RecordRecommendationResponseRequest, RecordRecommendationResponseResponse> RecordRecommendationResponse = Find<RecordRecommendationResponseRequest, RecordRecommendationResponseResponse>("RecordRecommendationResponse");

    private static Method<TRequest, TResponse> Find<TRequest, TResponse>(string name)
        where TRequest : class, Google.Protobuf.IMessage<TRequest>, new()
        where TResponse : class, Google.Protobuf.IMessage<TResponse>, new() =>
        Method<TRequest, TResponse>.From(OmbudsmanLiaisonReflection.Descriptor.Services[0].FindMethodByName(name));
}
