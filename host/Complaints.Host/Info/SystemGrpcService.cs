using System.Reflection;
using Complaints.Grpc.Server;
using Complaints.Kernel.Policy;
using Complaints.SystemApi.V1;
using Google.Protobuf.WellKnownTypes;

namespace Complaints.Host.Info;

/// <summary><c>complaints.system.v1.SystemService</c>: what is running, which version, under which policy profile.</summary>
internal sealed class SystemGrpcService(PolicyProfile profile, ServerStartTime started, IHostEnvironment environment)
{
    private static readonly string Version =
        typeof(SystemGrpcService).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? "unknown";

    public Task<GetInfoResponse> GetInfo(GetInfoRequest request, ServerCallContext context) =>
        Task.FromResult(new GetInfoResponse
        {
            Product = "Complaints.Modular",
            Version = Version,
            PolicyProfile = profile.Id,
            StartedAt = Timestamp.FromDateTimeOffset(started.Value),
            Environment = environment.EnvironmentName,
        });

    public Task<GetPolicyProfileResponse> GetPolicyProfile(GetPolicyProfileRequest request, ServerCallContext context) =>
        Task.FromResult(new GetPolicyProfileResponse { Id = profile.Id, Name = profile.Name, ProfileJson = profile.Json });
}
