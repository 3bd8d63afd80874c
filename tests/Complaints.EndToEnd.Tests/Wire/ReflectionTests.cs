using Complaints.EndToEnd.Tests.Infrastructure;
using Grpc.Core;
using Google.Protobuf.Reflection;
using Alpha = Grpc.Reflection.V1Alpha;
using V1 = Grpc.Reflection.V1;

namespace Complaints.EndToEnd.Tests.Wire;

[Collection(HostCollection.Name)]
public sealed class ReflectionTests(HostFixture fixture)
{
    private static readonly string[] ExpectedServices =
    [
        "complaints.access.v1.AccessService",
        "complaints.access.v1.AuditService",
        "complaints.access.v1.PrivacyService",
        "complaints.compensation.v1.CompensationService",
        "complaints.events.v1.EventService",
        "complaints.hazards.v1.HazardsService",
        "complaints.housing_system.v1.HousingSystemService",
        "complaints.intake.v1.FeedbackService",
        "complaints.intake.v1.IntakeService",
        "complaints.investigation.v1.InvestigationService",
        "complaints.lifecycle.v1.LifecycleService",
        "complaints.ombudsman_liaison.v1.OmbudsmanLiaisonService",
        "complaints.plugins.v1.PluginRegistrationService",
        "complaints.reporting.v1.ReportingService",
        "complaints.reporting.v1.WorkQueueService",
        "complaints.system.v1.SystemService",
        "complaints.testing.v1.ProbeService",
        "complaints.vexatious_behaviour.v1.VexatiousBehaviourService",
        "grpc.health.v1.Health",
        "grpc.reflection.v1.ServerReflection",
        "grpc.reflection.v1alpha.ServerReflection",
    ];

    [Fact]
    public async Task ListServices_NamesEveryRegisteredService()
    {
        var response = await AskAsync(new V1.ServerReflectionRequest { ListServices = "" });

        Assert.Equal(ExpectedServices, response.ListServicesResponse.Service.Select(s => s.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task FileContainingSymbol_ReturnsTheFileAndItsImports()
    {
        var response = await AskAsync(new V1.ServerReflectionRequest { FileContainingSymbol = "complaints.system.v1.SystemService" });

        var files = response.FileDescriptorResponse.FileDescriptorProto.Select(b => FileDescriptorProto.Parser.ParseFrom(b)).ToList();
        Assert.Equal("complaints/system/v1/system.proto", files[0].Name);
        Assert.Contains(files, f => f.Name == "google/protobuf/timestamp.proto");
        Assert.Contains("GetInfo", files[0].Service.Single().Method.Select(m => m.Name));
    }

    [Theory]
    [InlineData("complaints.system.v1.SystemService.GetInfo")]
    [InlineData("complaints.system.v1.GetInfoResponse")]
    [InlineData("grpc.health.v1.HealthCheckResponse.ServingStatus")]
    public async Task FileContainingSymbol_FindsMethodsMessagesAndNestedTypes(string symbol)
    {
        var response = await AskAsync(new V1.ServerReflectionRequest { FileContainingSymbol = symbol });

        Assert.NotEmpty(response.FileDescriptorResponse.FileDescriptorProto);
    }

    [Fact]
    public async Task FileByFilename_ReturnsThatFile()
    {
        var response = await AskAsync(new V1.ServerReflectionRequest { FileByFilename = global::Grpc.Health.V1.HealthReflection.Descriptor.Name });

        var file = FileDescriptorProto.Parser.ParseFrom(response.FileDescriptorResponse.FileDescriptorProto[0]);
        Assert.Equal("grpc.health.v1", file.Package);
    }

    [Fact]
    public async Task UnknownSymbol_IsAnsweredWithNotFoundInTheStream()
    {
        var response = await AskAsync(new V1.ServerReflectionRequest { FileContainingSymbol = "no.such.Thing" });

        Assert.Equal((int)StatusCode.NotFound, response.ErrorResponse.ErrorCode);
    }

    [Fact]
    public async Task V1Alpha_ListsTheSameServices()
    {
        using var call = new Alpha.ServerReflection.ServerReflectionClient(fixture.Host.Channel).ServerReflectionInfo();
        await call.RequestStream.WriteAsync(new Alpha.ServerReflectionRequest { ListServices = "" });
        await call.RequestStream.CompleteAsync();

        Assert.True(await call.ResponseStream.MoveNext());
        Assert.Equal(ExpectedServices, call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task SeveralRequestsOnOneStream_AreAnsweredInOrder()
    {
        using var call = new V1.ServerReflection.ServerReflectionClient(fixture.Host.Channel).ServerReflectionInfo();
        string[] symbols = ["grpc.health.v1.Health", "complaints.testing.v1.ProbeService", "complaints.system.v1.SystemService"];

        foreach (var symbol in symbols)
        {
            await call.RequestStream.WriteAsync(new V1.ServerReflectionRequest { FileContainingSymbol = symbol });
            Assert.True(await call.ResponseStream.MoveNext());
            var file = FileDescriptorProto.Parser.ParseFrom(call.ResponseStream.Current.FileDescriptorResponse.FileDescriptorProto[0]);
            Assert.Contains(file.Service, s => symbol == $"{file.Package}.{s.Name}");
        }
        await call.RequestStream.CompleteAsync();
        Assert.False(await call.ResponseStream.MoveNext());
    }

    private async Task<V1.ServerReflectionResponse> AskAsync(V1.ServerReflectionRequest request)
    {
        using var call = new V1.ServerReflection.ServerReflectionClient(fixture.Host.Channel).ServerReflectionInfo();
        await call.RequestStream.WriteAsync(request);
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext());
        return call.ResponseStream.Current;
    }
}
