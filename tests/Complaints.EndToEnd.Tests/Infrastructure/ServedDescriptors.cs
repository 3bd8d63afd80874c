using Complaints.AccessApi.V1;
using Complaints.Testing.V1;
using Google.Protobuf.Reflection;
using CompensationApi = Complaints.Compensation.Api.V1;
using HousingApi = Complaints.HousingSystem.Api.V1;
using IntakeApi = Complaints.Intake.Api.V1;
using InvestigationApi = Complaints.Investigation.Api.V1;
using LifecycleApi = Complaints.Lifecycle.Api.V1;
using OmbudsmanApi = Complaints.OmbudsmanLiaison.Api.V1;
using SystemV1 = Complaints.SystemApi.V1;
using VexatiousApi = Complaints.VexatiousBehaviour.Api.V1;

namespace Complaints.EndToEnd.Tests.Infrastructure;

/// <summary>Every service the test host can serve, as the client-side generated code describes it.</summary>
public static class ServedDescriptors
{
    /// <summary>The product's public API.</summary>
    public static IReadOnlyList<ServiceDescriptor> Product { get; } =
    [
        SystemV1.SystemService.Descriptor, IntakeApi.IntakeService.Descriptor, IntakeApi.FeedbackService.Descriptor, LifecycleApi.LifecycleService.Descriptor,
        InvestigationApi.InvestigationService.Descriptor, CompensationApi.CompensationService.Descriptor,
        VexatiousApi.VexatiousBehaviourService.Descriptor, OmbudsmanApi.OmbudsmanLiaisonService.Descriptor, AccessService.Descriptor,
        AuditService.Descriptor, PrivacyService.Descriptor, Complaints.PluginsApi.V1.PluginRegistrationService.Descriptor,
        HousingApi.HousingSystemService.Descriptor, Complaints.EventsApi.V1.EventService.Descriptor,
        Complaints.Reporting.Api.V1.ReportingService.Descriptor, Complaints.Reporting.Api.V1.WorkQueueService.Descriptor, Complaints.Hazards.Api.V1.HazardsService.Descriptor,
    ];

    /// <summary>The product's services and the tests' probes.</summary>
    public static IReadOnlyList<ServiceDescriptor> All { get; } =
        [.. Product, ProbeService.Descriptor, UnsupportedRuleProbeService.Descriptor];
}
