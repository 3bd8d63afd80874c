using System.Reflection;
using Complaints.Grpc.Server;
using Complaints.SystemApi.V1;
using Google.Protobuf.WellKnownTypes;
using Microsoft.Extensions.Options;

namespace Complaints.Host.Info;

/// <summary><c>complaints.system.v1.SystemService</c>: what is running, which version, under which policy profile.</summary>
internal sealed class SystemGrpcService(IOptions<SystemInfoOptions> options, ServerStartTime started, IHostEnvironment environment)
{
    private static readonly string Version =
        typeof(SystemGrpcService).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? "unknown";

    public Task<GetInfoResponse> GetInfo(GetInfoRequest request, ServerCallContext context) =>
        Task.FromResult(new GetInfoResponse
        {
            Product = "Complaints.Modular",
            Version = Version,
            PolicyProfile = options.Value.PolicyProfile,
            StartedAt = Timestamp.FromDateTimeOffset(started.Value),
            Environment = environment.EnvironmentName,
        });
}
