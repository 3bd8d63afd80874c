using System.Net;
using Complaints.Compensation.Api.V1;
using Complaints.EndToEnd.Tests.Compensation;
using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.Host;
using Grpc.Core;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using IntakeApi = Complaints.Intake.Api.V1;

namespace Complaints.EndToEnd.Tests.Access;

/// <summary>
/// People sign in with the identity provider's tokens, validated by JwtBearer against the keys the provider published:
/// anything else — a forged, expired or misdirected token, or the old headers outside Development — is no one.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class SignInTests(HostFixture fixture)
{
    private RunningHost Host => fixture.Host;

    public static TheoryData<string, string> RefusedTokens => new()
    {
        { "expired an hour ago", TestIdentityProvider.Token("ann", ["complaint-handler"], notBefore: DateTime.UtcNow.AddHours(-2), lifetime: TimeSpan.FromHours(1)) },
        { "signed with a key the provider never published", TestIdentityProvider.Token("ann", ["complaint-handler"], signing: TestIdentityProvider.StrangerKey()) },
        { "for another API", TestIdentityProvider.Token("ann", ["complaint-handler"], audience: "finance-api") },
        { "from another issuer", TestIdentityProvider.Token("ann", ["complaint-handler"], issuer: "https://evil.example/") },
        { "unsigned (alg none)", Unsigned("ann", "complaint-handler") },
        { "not a token at all", "not-a-jwt" },
    };

    [Theory]
    [MemberData(nameof(RefusedTokens))]
    public async Task ABadToken_IsUnauthenticated_AndNothingIsLogged(string why, string token)
    {
        var before = await CountAsync();

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            Host.Intake.LogComplaintAsync(IntakeMethods.ValidRequest($"Token {why}"), Caller.Bearer(token)).ResponseAsync);

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task ATokenWithoutASubject_IsUnauthenticated()
    {
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = TestIdentityProvider.Issuer, Audience = TestIdentityProvider.Audience, Expires = DateTime.UtcNow.AddMinutes(5),
            Claims = new Dictionary<string, object> { ["roles"] = new[] { "complaint-handler" } },
            SigningCredentials = TestIdentityProvider.SigningCredentials,
        });

        var error = await Assert.ThrowsAsync<RpcException>(() => Host.Intake.ListComplaintsAsync(new(), Caller.Bearer(token)).ResponseAsync);

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
    }

    [Fact]
    public async Task TheOldHeaders_OutsideDevelopment_AreNoOne()
    {
        var headers = new Metadata { { "x-actor-id", "mallory" }, { "x-actor-roles", "director,complaint-handler" } };
        using var caller = new RawCaller(Host);

        var status = await caller.CallAsync(IntakeApi.IntakeService.Descriptor.FindMethodByName("ListComplaints"), headers);

        Assert.Equal(StatusCode.Unauthenticated, status.StatusCode);
    }

    [Fact]
    public async Task TheActorRecorded_IsTheTokensSubject()
    {
        var token = TestIdentityProvider.Token("0b5e7c1d-hms", ["hms"], name: "Housing system");

        var logged = (await Host.Intake.LogComplaintAsync(IntakeMethods.ValidRequest(), Caller.Bearer(token)).ResponseAsync).Complaint;

        Assert.Equal("0b5e7c1d-hms", logged.LoggedBy);
    }

    [Fact]
    public async Task SeparationOfDuties_ComparesSubjects_NotTheNamesPeopleType()
    {
        var proposal = AwardsData.Proposal(await AwardsData.ComplaintAsync(Host), AwardsData.Amount(AwardCategory.TimeAndTrouble, "Time", 2500));
        var proposed = (await Host.Compensation.ProposeAwardAsync(proposal,
            Caller.Bearer(TestIdentityProvider.Token("subject-7", ["compensation-officer", "director"], name: "alice"))).ResponseAsync).Award;

        // The same subject, signed in with another display name and a role that could approve anything.
        var error = await Assert.ThrowsAsync<RpcException>(() => Host.Compensation.ApproveAwardAsync(
            new ApproveAwardRequest { AwardId = proposed.Id, Reason = "Fine", ExpectedVersion = proposed.Version },
            Caller.Bearer(TestIdentityProvider.Token("subject-7", ["director"], name: "Alice"))).ResponseAsync);

        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
    }

    [Fact]
    public async Task Json_WithoutCredentials_Is401_AndWithTheWrongRole_Is403()
    {
        using var anonymous = new HttpClient { BaseAddress = Host.HttpAddress };
        using var reader = new HttpClient { BaseAddress = Host.HttpAddress };
        reader.DefaultRequestHeaders.Authorization = new("Bearer", TestIdentityProvider.Token("rita", ["report-reader"]));

        using var unauthenticated = await anonymous.GetAsync("/v1/complaints");
        using var forbidden = await reader.GetAsync("/v1/complaints");
        using var allowed = await reader.GetAsync("/v1/system/info");

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.OK),
            (unauthenticated.StatusCode, forbidden.StatusCode, allowed.StatusCode));
    }

    [Fact]
    public async Task OutsideDevelopment_WithoutAnIdentityProvider_TheServerDoesNotStart()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            ComplaintsApp.Build(["--environment=Production", "--Database:ConnectionString=Data Source=never-made.db"]));

        Assert.Contains("No identity provider is configured", error.Message);
        await Task.CompletedTask;
    }

    [Fact]
    public async Task OutsideDevelopment_ACleartextEndpointOffLoopback_StopsTheServer_UnlessTlsEndsInFront()
    {
        string[] args = ["--environment=Production", "--Database:ConnectionString=Data Source=never-made.db", "--Kestrel:Endpoints:Grpc:Url=http://0.0.0.0:0",
            .. TestIdentityProvider.HostArgs];

        var error = Assert.Throws<InvalidOperationException>(() => ComplaintsApp.Build(args));
        await using var behindProxy = ComplaintsApp.Build([.. args, "--Security:AllowPlainHttp=true"]);

        Assert.Contains("Kestrel:Endpoints:Grpc (http://0.0.0.0:0)", error.Message);
    }

    private async Task<int> CountAsync()
    {
        var (count, page) = (0, "");
        do
        {
            var listed = await Host.Intake.ListComplaintsAsync(new IntakeApi.ListComplaintsRequest { PageSize = 100, PageToken = page }).ResponseAsync;
            (count, page) = (count + listed.Complaints.Count, listed.NextPageToken);
        } while (page.Length > 0);
        return count;
    }

    private static string Unsigned(string subject, string role)
    {
        static string Part(string json) => Base64UrlEncoder.Encode(json);
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        return $"{Part("{\"alg\":\"none\",\"typ\":\"JWT\"}")}." +
            $"{Part($"{{\"iss\":\"{TestIdentityProvider.Issuer}\",\"aud\":\"{TestIdentityProvider.Audience}\",\"sub\":\"{subject}\",\"roles\":[\"{role}\"],\"exp\":{now + 600}}}")}.";
    }
}
