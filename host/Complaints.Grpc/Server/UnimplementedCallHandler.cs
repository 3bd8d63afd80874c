using Microsoft.AspNetCore.Http;

namespace Complaints.Grpc.Server;

/// <summary>Answers gRPC calls to a path no registered service serves with UNIMPLEMENTED.</summary>
internal sealed class UnimplementedCallHandler(GrpcServiceRegistry registry)
{
    public const string RoutePattern = "/{service}/{method}";

    public async Task HandleCallAsync(HttpContext http)
    {
        if (await CallAdmission.TryAdmitAsync(http) is null)
            return;
        var service = http.Request.RouteValues["service"] as string;
        var method = http.Request.RouteValues["method"] as string;
        var known = registry.Services.Any(s => s.FullName == service);
        var message = known
            ? $"Method {method} is not implemented by service {service}."
            : $"Service {service} is not implemented by this server.";
        await CallAdmission.RejectAsync(http, StatusCodes.Status200OK, StatusCode.Unimplemented, message);
    }
}
