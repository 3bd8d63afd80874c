using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.Testing.V1;
using Grpc.Core;

namespace Complaints.EndToEnd.Tests.Wire;

/// <summary>With <c>Grpc:EnableDetailedErrors</c> on (a developer's machine, never production), an unexpected exception shows its text.</summary>
public sealed class DetailedErrorsTests
{
    [Fact]
    public async Task UnexpectedException_WithDetailedErrorsOn_IsInternalWithItsText()
    {
        await using var host = await RunningHost.StartAsync("--Grpc:EnableDetailedErrors=true");

        var error = await Assert.ThrowsAsync<RpcException>(() => host.Probe.ThrowAsync(new ThrowRequest()).ResponseAsync);

        Assert.Equal(StatusCode.Internal, error.StatusCode);
        Assert.Contains("The probe threw on purpose.", error.Status.Detail);
    }
}
