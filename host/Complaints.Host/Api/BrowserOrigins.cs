using Microsoft.AspNetCore.Cors.Infrastructure;

namespace Complaints.Host.Api;

/// <summary>
/// Which browser origins may call gRPC-Web and JSON across origins (<c>Cors:AllowedOrigins</c>; none by default). The
/// gRPC status headers are exposed so a browser client can read a refusal's details.
/// </summary>
internal static class BrowserOrigins
{
    public static Action<CorsPolicyBuilder> Policy(IConfiguration configuration)
    {
        var origins = configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [];
        return policy => policy.WithOrigins(origins).AllowAnyHeader().AllowAnyMethod()
            .WithExposedHeaders("grpc-status", "grpc-message", "grpc-status-details-bin", "grpc-encoding", "grpc-accept-encoding", CorrelationScope.Header);
    }
}
