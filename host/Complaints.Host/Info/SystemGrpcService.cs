using System.Reflection;
using Complaints.Kernel.Policy;
using Complaints.SystemApi.V1;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Complaints.Host.Info;

/// <summary><c>complaints.system.v1.SystemService</c>: what is running, which version, under which policy profile.</summary>
internal sealed class SystemGrpcService(PolicyProfile profile, ServerStartTime started, IHostEnvironment environment)
    : SystemService.SystemServiceBase
{
    private static readonly string Version =
        typeof(SystemGrpcService).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? "unknown";

    public override Task<GetInfoResponse> GetInfo(GetInfoRequest request, ServerCallContext context) =>
        Task.FromResult(new GetInfoResponse
        {
            Product = "Complaints.Modular",
            Version = Version,
            PolicyProfile = profile.Id,
            StartedAt = Timestamp.FromDateTimeOffset(started.Value),
            Environment = environment.EnvironmentName,
        });

    public override Task<GetPolicyProfileResponse> GetPolicyProfile(GetPolicyProfileRequest request, ServerCallContext context) =>
        Task.FromResult(new GetPolicyProfileResponse { Id = profile.Id, Name = profile.Name, ProfileJson = profile.Json });
}
