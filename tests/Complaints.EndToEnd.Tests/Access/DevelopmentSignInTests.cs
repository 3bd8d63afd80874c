using Complaints.Compensation.Api.V1;
using Complaints.EndToEnd.Tests.Compensation;
using Complaints.EndToEnd.Tests.Infrastructure;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.Extensions.Logging;

namespace Complaints.EndToEnd.Tests.Access;

/// <summary>
/// In Development (the README's run command) the old headers still sign a loopback caller in — with a warning, and with
/// ids kept as a directory would keep them, so "Alice" and "alice" are one person.
/// </summary>
public sealed class DevelopmentSignInTests
{
    private static Metadata Headers(string id, string roles) => new() { { "x-actor-id", id }, { "x-actor-roles", roles } };

    [Fact]
    public async Task InDevelopment_TheHeadersSignInALoopbackCaller_AndAWarningSaysSo()
    {
        await using var host = await RunningHost.StartAsync("--environment=Development");
        using var caller = new RawCaller(host);

        var asHms = await caller.CallAsync(Complaints.Intake.Api.V1.IntakeService.Descriptor.FindMethodByName("ListComplaints"), Headers("hms", "hms"));
        var withoutRole = await caller.CallAsync(Complaints.Intake.Api.V1.IntakeService.Descriptor.FindMethodByName("ListComplaints"), Headers("someone", ""));

        Assert.Equal((StatusCode.OK, StatusCode.PermissionDenied), (asHms.StatusCode, withoutRole.StatusCode));
        Assert.Contains(host.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("Development sign-in is on"));
    }

    [Fact]
    public async Task InDevelopment_AliceAndALICE_AreOnePerson_ToSeparationOfDuties()
    {
        await using var host = await RunningHost.StartAsync("--environment=Development");
        var proposal = AwardsData.Proposal(await AwardsData.ComplaintAsync(host), AwardsData.Amount(AwardCategory.TimeAndTrouble, "Time", 2500));
        // A channel of its own: the tests' default bearer token would be believed before the headers.
        using var channel = GrpcChannel.ForAddress(host.Address);
        var compensation = new CompensationService.CompensationServiceClient(channel);
        var proposed = (await compensation.ProposeAwardAsync(proposal, Headers("alice", "compensation-officer")).ResponseAsync).Award;

        var error = await Assert.ThrowsAsync<RpcException>(() => compensation.ApproveAwardAsync(
            new ApproveAwardRequest { AwardId = proposed.Id, Reason = "Fine", ExpectedVersion = proposed.Version }, Headers(" ALICE ", "director")).ResponseAsync);

        Assert.Equal("alice", proposed.Decisions[0].Actor);
        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
        Assert.DoesNotContain("needs the permission", error.Status.Detail);
    }
}
