using Complaints.AccessApi.V1;
using Complaints.EndToEnd.Tests.Infrastructure;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using IntakeApi = Complaints.Intake.Api.V1;

namespace Complaints.EndToEnd.Tests.Access;

/// <summary>
/// Systems call with API keys the product issued: an administrator issues, rotates (with an overlap) and revokes them;
/// only a hash is stored; the key's system is the actor, and a person it acts for is recorded.
/// </summary>
public sealed class ApiKeyTests
{
    private static readonly CallOptions Administrator = Caller.Exactly("ada.admin", "administrator");

    private static Metadata Key(string secret, string? onBehalfOf = null)
    {
        var headers = new Metadata { { "x-api-key", secret } };
        if (onBehalfOf is not null)
            headers.Add("x-on-behalf-of", onBehalfOf);
        return headers;
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AnIssuedKey_SignsTheSystemIn_WithItsRoles_AndOnlyItsHashIsStored(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);
        var issued = await host.Access.IssueApiKeyAsync(new IssueApiKeyRequest { System = "hms-northgate", Roles = { "hms" } }, Administrator);
        using var caller = new RawCaller(host);

        var logged = (await host.Intake.LogComplaintAsync(IntakeMethods.ValidRequest(), Key(issued.Secret)).ResponseAsync).Complaint;
        var beyondItsRoles = await caller.CallAsync(Complaints.Compensation.Api.V1.CompensationService.Descriptor.FindMethodByName("ListAwards"), Key(issued.Secret));
        var listed = (await host.Access.ListApiKeysAsync(new ListApiKeysRequest(), Administrator)).Keys.Single(k => k.KeyId == issued.Key.KeyId);
        var stored = (await DatabaseSchema.ReadAsync(database, $"SELECT \"SecretHash\" FROM kernel_api_keys WHERE \"Id\" = '{issued.Key.KeyId}'")).Single();

        Assert.StartsWith($"{issued.Key.KeyId}.", issued.Secret);
        Assert.Equal("hms-northgate", logged.LoggedBy);
        Assert.Equal(StatusCode.PermissionDenied, beyondItsRoles.StatusCode);
        Assert.Equal(("ada.admin", true, ""), (listed.IssuedBy, listed.Active, listed.ToString().Contains(issued.Secret) ? "secret shown" : ""));
        Assert.NotNull(listed.LastUsedAt);
        Assert.Equal(64, stored.Length);
        Assert.DoesNotContain(stored, issued.Secret);
    }

    [Fact]
    public async Task Rotation_KeepsTheOldKeyForTheOverlap_AndRevocationEndsAKeyAtOnce()
    {
        await using var host = await RunningHost.StartAsync();
        var first = await host.Access.IssueApiKeyAsync(new IssueApiKeyRequest { System = "finance", Roles = { "finance" } }, Administrator);
        var rotated = await host.Access.RotateApiKeyAsync(new RotateApiKeyRequest { KeyId = first.Key.KeyId, OverlapHours = 24 }, Administrator);
        using var caller = new RawCaller(host);
        var listAwards = Complaints.Compensation.Api.V1.CompensationService.Descriptor.FindMethodByName("ListAwards");

        var oldDuringOverlap = await caller.CallAsync(listAwards, Key(first.Secret));
        var successor = await caller.CallAsync(listAwards, Key(rotated.Secret));
        await host.Access.RevokeApiKeyAsync(new RevokeApiKeyRequest { KeyId = first.Key.KeyId, Reason = "Contractor left" }, Administrator);
        var oldAfterRevocation = await caller.CallAsync(listAwards, Key(first.Secret));
        var forged = await caller.CallAsync(listAwards, Key(first.Key.KeyId + ".not-the-secret"));
        var rotateAgain = await Assert.ThrowsAsync<RpcException>(() =>
            host.Access.RotateApiKeyAsync(new RotateApiKeyRequest { KeyId = first.Key.KeyId, OverlapHours = 1 }, Administrator).ResponseAsync);

        Assert.Equal(rotated.Key.KeyId, rotated.Replaced.ReplacedBy);
        Assert.InRange(rotated.Replaced.ExpiresAt.ToDateTimeOffset(), DateTimeOffset.UtcNow.AddHours(23), DateTimeOffset.UtcNow.AddHours(25));
        Assert.Equal((StatusCode.OK, StatusCode.OK), (oldDuringOverlap.StatusCode, successor.StatusCode));
        Assert.Equal((StatusCode.Unauthenticated, StatusCode.Unauthenticated), (oldAfterRevocation.StatusCode, forged.StatusCode));
        Assert.Equal(StatusCode.FailedPrecondition, rotateAgain.StatusCode);
    }

    [Fact]
    public async Task Keys_AreForAdministratorsToIssue_ForKnownRoles_AndAnExpiredKeyIsNoOne()
    {
        await using var host = await RunningHost.StartAsync();

        var byHandler = await Assert.ThrowsAsync<RpcException>(() => host.Access.IssueApiKeyAsync(
            new IssueApiKeyRequest { System = "mine", Roles = { "director" } }, Caller.Exactly("sam", "complaint-handler")).ResponseAsync);
        var unknownRole = await Assert.ThrowsAsync<RpcException>(() => host.Access.IssueApiKeyAsync(
            new IssueApiKeyRequest { System = "hms", Roles = { "superuser" } }, Administrator).ResponseAsync);
        var past = await Assert.ThrowsAsync<RpcException>(() => host.Access.IssueApiKeyAsync(
            new IssueApiKeyRequest { System = "hms", Roles = { "hms" }, ExpiresAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddMinutes(-1)) }, Administrator).ResponseAsync);

        Assert.Equal(StatusCode.PermissionDenied, byHandler.StatusCode);
        Assert.Equal((StatusCode.InvalidArgument, StatusCode.InvalidArgument), (unknownRole.StatusCode, past.StatusCode));
        Assert.Empty((await host.Access.ListApiKeysAsync(new ListApiKeysRequest(), Administrator)).Keys);
    }

    [Fact]
    public async Task ASystemActingForAPerson_IsRecordedBesideIt()
    {
        await using var host = await RunningHost.StartAsync();
        var issued = await host.Access.IssueApiKeyAsync(
            new IssueApiKeyRequest { System = "hms-northgate", Roles = { "hms", TestIdentityProvider.EverythingRole } }, Administrator);

        var seen = await host.Probe.EchoAsync(new Complaints.Testing.V1.EchoRequest { Text = "who" }, Key(issued.Secret, onBehalfOf: "jo.frontdesk"));

        Assert.Equal(("hms-northgate", "jo.frontdesk"), (seen.Actor, seen.OnBehalfOf));
    }
}
