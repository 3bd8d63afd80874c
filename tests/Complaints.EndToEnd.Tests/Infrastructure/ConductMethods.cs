using Complaints.Grpc;
using Complaints.Grpc.Client;
using Complaints.VexatiousBehaviour.Api.V1;

namespace Complaints.EndToEnd.Tests.Infrastructure;

/// <summary>Client-side handles for complaints.vexatious_behaviour.v1.VexatiousBehaviourService.</summary>
public static class ConductMethods
{
    public static readonly Method<OpenConductCaseRequest, OpenConductCaseResponse> OpenConductCase = Find<OpenConductCaseRequest, OpenConductCaseResponse>("OpenConductCase");

    public static readonly Method<RecordIncidentRequest, RecordIncidentResponse> RecordIncident = Find<RecordIncidentRequest, RecordIncidentResponse>("RecordIncident");

    public static readonly Method<IssueWarningRequest, IssueWarningResponse> IssueWarning = Find<IssueWarningRequest, IssueWarningResponse>("IssueWarning");

    public static readonly Method<DecideRestrictionRequest, DecideRestrictionResponse> DecideRestriction = Find<DecideRestrictionRequest, DecideRestrictionResponse>("DecideRestriction");

    public static readonly Method<ReviewRestrictionRequest, ReviewRestrictionResponse> ReviewRestriction = Find<ReviewRestrictionRequest, ReviewRestrictionResponse>("ReviewRestriction");

    public static readonly Method<LiftRestrictionRequest, LiftRestrictionResponse> LiftRestriction = Find<LiftRestrictionRequest, LiftRestrictionResponse>("LiftRestriction");

    public static readonly Method<RecordAppealRequest, RecordAppealResponse> RecordAppeal = Find<RecordAppealRequest, RecordAppealResponse>("RecordAppeal");

    public static readonly Method<DecideAppealRequest, DecideAppealResponse> DecideAppeal = Find<DecideAppealRequest, DecideAppealResponse>("DecideAppeal");

    public static readonly Method<GetConductCaseRequest, GetConductCaseResponse> GetConductCase = Find<GetConductCaseRequest, GetConductCaseResponse>("GetConductCase");

    public static readonly Method<CheckContactRequest, CheckContactResponse> CheckContact = Find<CheckContactRequest, CheckContactResponse>("CheckContact");

    /// <summary>A caller; by default on the panel (the profiles' <c>conduct-panel</c> role).</summary>
    public static CallOptions As(string id, string roles = "conduct-panel") => new(new Metadata().Add("x-actor-id", id).Add("x-actor-roles", roles));

    private static Method<TRequest, TResponse> Find<TRequest, TResponse>(string name)
        where TRequest : class, Google.Protobuf.IMessage<TRequest>, new()
        where TResponse : class, Google.Protobuf.IMessage<TResponse>, new() =>
        Method<TRequest, TResponse>.From(VexatiousBehaviourReflection.Descriptor.Services[0].FindMethodByName(name));
}
