using Complaints.Compensation.Api.V1;
using Complaints.Grpc;
using Complaints.Grpc.Client;

namespace Complaints.EndToEnd.Tests.Infrastructure;

/// <summary>Client-side handles for complaints.compensation.v1.CompensationService, and the people who call it.</summary>
public static class CompensationMethods
{
    public static readonly Method<CalculateAwardRequest, CalculateAwardResponse> CalculateAward = Find<CalculateAwardRequest, CalculateAwardResponse>("CalculateAward");

    public static readonly Method<ProposeAwardRequest, ProposeAwardResponse> ProposeAward = Find<ProposeAwardRequest, ProposeAwardResponse>("ProposeAward");

    public static readonly Method<ApproveAwardRequest, ApproveAwardResponse> ApproveAward = Find<ApproveAwardRequest, ApproveAwardResponse>("ApproveAward");

    public static readonly Method<RejectAwardRequest, RejectAwardResponse> RejectAward = Find<RejectAwardRequest, RejectAwardResponse>("RejectAward");

    public static readonly Method<RecordOfferResponseRequest, RecordOfferResponseResponse> RecordOfferResponse = Find<RecordOfferResponseRequest, RecordOfferResponseResponse>("RecordOfferResponse");

    public static readonly Method<RecordPaymentRequest, RecordPaymentResponse> RecordPayment = Find<RecordPaymentRequest, RecordPaymentResponse>("RecordPayment");

    public static readonly Method<CancelAwardRequest, CancelAwardResponse> CancelAward = Find<CancelAwardRequest, CancelAwardResponse>("CancelAward");

    public static readonly Method<GetAwardRequest, GetAwardResponse> GetAward = Find<GetAwardRequest, GetAwardResponse>("GetAward");

    public static readonly Method<ListAwardsRequest, ListAwardsResponse> ListAwards = Find<ListAwardsRequest, ListAwardsResponse>("ListAwards");

    /// <summary>A caller with the given id and roles (the profiles' roles: compensation-officer £250, compensation-manager £1,000, director).</summary>
    public static CallOptions As(string id, string roles) => new(new Metadata().Add("x-actor-id", id).Add("x-actor-roles", roles));

    public static readonly CallOptions Officer = As("olu.officer", "compensation-officer");

    public static readonly CallOptions Manager = As("maya.manager", "compensation-manager");

    public static readonly CallOptions Director = As("dee.director", "director");

    private static Method<TRequest, TResponse> Find<TRequest, TResponse>(string name)
        where TRequest : class, Google.Protobuf.IMessage<TRequest>, new()
        where TResponse : class, Google.Protobuf.IMessage<TResponse>, new() =>
        Method<TRequest, TResponse>.From(CompensationReflection.Descriptor.Services[0].FindMethodByName(name));
}
