using Grpc.AspNetCore.HealthChecks;
using Grpc.AspNetCore.Server;
using Microsoft.Extensions.Options;

namespace Complaints.Host.Health;

/// <summary>
/// Lets a client ask the health service about any gRPC service the server maps (e.g.
/// <c>complaints.intake.v1.IntakeService</c>), not only the whole server (""): each is as healthy as the server's checks.
/// The names are read from the mapped endpoints, so a new module needs no entry here.
/// </summary>
internal static class HealthServiceNames
{
    /// <summary>Call after every service is mapped.</summary>
    public static void ReportHealthForEveryMappedService(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<GrpcHealthChecksOptions>>().Value;
        var services = ((IEndpointRouteBuilder)app).DataSources
            .SelectMany(source => source.Endpoints)
            .Select(e => e.Metadata.GetMetadata<GrpcMethodMetadata>()?.Method.ServiceName)
            .OfType<string>()
            .Distinct();
        foreach (var service in services.Where(s => options.Services.All(m => m.Name != s)))
            options.Services.Map(service, _ => true);
    }
}
