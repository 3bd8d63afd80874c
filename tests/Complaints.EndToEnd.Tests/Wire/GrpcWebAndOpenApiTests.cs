using System.Net.Http.Json;
using System.Text.Json;
using Complaints.EndToEnd.Tests.Infrastructure;
using Google.Api;
using Google.Protobuf.Reflection;
using Grpc.Net.Client;
using Grpc.Net.Client.Web;
using SystemV1 = Complaints.SystemApi.V1;

namespace Complaints.EndToEnd.Tests.Wire;

/// <summary>gRPC-Web for browsers (over HTTP/1.1) and the OpenAPI document of the JSON API, on the HTTP endpoint.</summary>
[Collection(HostCollection.Name)]
public sealed class GrpcWebAndOpenApiTests(HostFixture fixture)
{
    public static TheoryData<GrpcWebMode> Modes => new() { GrpcWebMode.GrpcWeb, GrpcWebMode.GrpcWebText };

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task GrpcWeb_OverHttp11_CallsTheRealServices(GrpcWebMode mode)
    {
        using var channel = GrpcChannel.ForAddress(fixture.Host.HttpAddress, new GrpcChannelOptions
        {
            HttpHandler = new GrpcWebHandler(mode, new DefaultCallerHandler(new HttpClientHandler())),
            HttpVersion = new Version(1, 1),
            HttpVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        });

        var info = await new SystemV1.SystemService.SystemServiceClient(channel).GetInfoAsync(new SystemV1.GetInfoRequest());
        var logged = await new Complaints.Intake.Api.V1.IntakeService.IntakeServiceClient(channel)
            .LogComplaintAsync(IntakeMethods.ValidRequest("From a browser"), Caller.As("browser-user"));

        Assert.Equal("Complaints.Modular", info.Product);
        Assert.Equal("browser-user", logged.Complaint.LoggedBy);
    }

    [Fact]
    public async Task OpenApiDocument_HasAPathForEveryHttpRuleOfEveryService()
    {
        using var http = new HttpClient { BaseAddress = fixture.Host.HttpAddress };

        var document = await http.GetFromJsonAsync<JsonElement>("/swagger/v1/swagger.json");
        var documented = document.GetProperty("paths").EnumerateObject().Select(p => Normalise(p.Name)).ToHashSet();

        var rules = PublicServices().SelectMany(s => s.Methods).SelectMany(m => PathsOf(m).Select(path => (m.FullName, Path: path))).ToList();
        Assert.Equal(121, PublicServices().Sum(s => s.Methods.Count));
        Assert.All(PublicServices().SelectMany(s => s.Methods), m => Assert.NotEmpty(PathsOf(m)));
        Assert.Empty(rules.Where(r => !documented.Contains(Normalise(r.Path))).Select(r => $"{r.FullName} {r.Path}"));
    }

    private static IEnumerable<ServiceDescriptor> PublicServices() => ServedDescriptors.Product;

    private static List<string> PathsOf(MethodDescriptor method)
    {
        var rule = method.GetOptions()?.GetExtension(AnnotationsExtensions.Http);
        if (rule is null)
            return [];
        return [.. new[] { rule }.Concat(rule.AdditionalBindings).Select(r => r.Get + r.Post + r.Put + r.Patch + r.Delete)];
    }

    /// <summary>The document writes variables in camelCase ({complaintId}); compare without case or underscores.</summary>
    private static string Normalise(string path) => path.Replace("_", "").ToLowerInvariant();
}
