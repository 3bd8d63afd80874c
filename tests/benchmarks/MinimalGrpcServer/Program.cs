using System.Net;
using Complaints.SystemApi.V1;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Diagnostics.HealthChecks;

// A minimal Grpc.AspNetCore server: the baseline that tests/benchmarks/grpc-vs-minimal.sh compares the product with.
// Usage: dotnet MinimalGrpcServer.dll PORT  (serves cleartext HTTP/2 only, on 127.0.0.1:PORT)
if (args.Length < 1 || !int.TryParse(args[0], out var port))
{
    Console.Error.WriteLine("Usage: MinimalGrpcServer PORT");
    return 2;
}

// The builder of the `dotnet new grpc` template, as the product uses; no args, so nothing but PORT is read from them.
var builder = WebApplication.CreateBuilder();
builder.Logging.SetMinimumLevel(LogLevel.Warning);
// Same transport as the product's gRPC endpoint: HTTP/2 without TLS (prior knowledge), loopback only.
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port, listen => listen.Protocols = HttpProtocols.Http2));
builder.Services.AddGrpc();
// The standard grpc.health.v1.Health service, as the gRPC docs set it up: one check that is always healthy, run on
// each Check call like the product's (with no check at all it would answer UNKNOWN, not SERVING).
builder.Services.AddGrpcHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy());

var app = builder.Build();
app.MapGrpcService<MinimalSystemService>();
app.MapGrpcHealthChecksService();
app.Run();
return 0;

/// <summary>Answers GetInfo with a constant reply of the same shape and size as the product's.</summary>
internal sealed class MinimalSystemService : SystemService.SystemServiceBase
{
    private static readonly GetInfoResponse Info = new()
    {
        Product = "Complaints.Modular",
        Version = "0.1.0+0000000000000000000000000000000000000000", // the product's carries its commit id
        PolicyProfile = "code2024",
        StartedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow),
        Environment = "Production",
    };

    public override Task<GetInfoResponse> GetInfo(GetInfoRequest request, ServerCallContext context) => Task.FromResult(Info);
}
