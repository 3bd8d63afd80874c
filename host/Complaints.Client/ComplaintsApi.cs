using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;

namespace Complaints.Client;

/// <summary>
/// Every service's client over one channel, each call signed in with the credentials given. Cheap to make per caller:
/// the channel (and its HTTP/2 connection) is shared.
/// </summary>
public sealed class ComplaintsApi
{
    private readonly CallInvoker invoker;

    public ComplaintsApi(GrpcChannel channel, ApiCredentials credentials) =>
        invoker = channel.Intercept(metadata =>
        {
            foreach (var header in credentials.Headers())
                metadata.Add(header);
            return metadata;
        });

    public Intake.Api.V1.IntakeService.IntakeServiceClient Intake => new(invoker);

    public Intake.Api.V1.FeedbackService.FeedbackServiceClient Feedback => new(invoker);

    public Lifecycle.Api.V1.LifecycleService.LifecycleServiceClient Lifecycle => new(invoker);

    public Investigation.Api.V1.InvestigationService.InvestigationServiceClient Investigation => new(invoker);

    public Compensation.Api.V1.CompensationService.CompensationServiceClient Compensation => new(invoker);

    public VexatiousBehaviour.Api.V1.VexatiousBehaviourService.VexatiousBehaviourServiceClient Conduct => new(invoker);

    public OmbudsmanLiaison.Api.V1.OmbudsmanLiaisonService.OmbudsmanLiaisonServiceClient Ombudsman => new(invoker);

    public Hazards.Api.V1.HazardsService.HazardsServiceClient Hazards => new(invoker);

    public Reporting.Api.V1.ReportingService.ReportingServiceClient Reporting => new(invoker);

    public Reporting.Api.V1.WorkQueueService.WorkQueueServiceClient WorkQueue => new(invoker);

    public HousingSystem.Api.V1.HousingSystemService.HousingSystemServiceClient HousingSystem => new(invoker);

    public AccessApi.V1.AccessService.AccessServiceClient Access => new(invoker);

    public AccessApi.V1.AuditService.AuditServiceClient Audit => new(invoker);

    public PluginsApi.V1.PluginRegistrationService.PluginRegistrationServiceClient Plugins => new(invoker);

    public EventsApi.V1.EventService.EventServiceClient Events => new(invoker);

    public SystemApi.V1.SystemService.SystemServiceClient System => new(invoker);
}
