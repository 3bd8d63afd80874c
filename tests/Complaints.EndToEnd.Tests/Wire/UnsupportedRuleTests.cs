using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.Host;
using Complaints.Testing.V1;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;

namespace Complaints.EndToEnd.Tests.Wire;

/// <summary>A proto rule the server does not check is never silently skipped: the server will not start with it.</summary>
public sealed class UnsupportedRuleTests
{
    [Fact]
    public void AServiceWhoseRequestStatesAnUnsupportedRule_StopsTheServerBeingBuilt()
    {
        var error = Assert.Throws<NotSupportedException>(() =>
            ComplaintsApp.Build(["--Database:Provider=Sqlite", $"--Database:ConnectionString=Data Source={Path.GetTempFileName()}", .. TestIdentityProvider.HostArgs],
                map: app => app.MapGrpcService<UnsupportedRuleProbe>()));

        Assert.Contains("complaints.testing.v1.UnsupportedRuleRequest.code", error.Message);
        Assert.Contains("pattern", error.Message);
    }

    private sealed class UnsupportedRuleProbe : UnsupportedRuleProbeService.UnsupportedRuleProbeServiceBase
    {
        public override Task<CheckResponse> Check(UnsupportedRuleRequest request, ServerCallContext context) => Task.FromResult(new CheckResponse());
    }
}
