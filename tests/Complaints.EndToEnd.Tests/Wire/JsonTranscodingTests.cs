using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Complaints.EndToEnd.Tests.Infrastructure;

namespace Complaints.EndToEnd.Tests.Wire;

/// <summary>
/// The same RPCs as JSON over HTTP/1.1 (JSON transcoding, on the HTTP endpoint), for the systems around a landlord
/// that cannot speak gRPC: REST-shaped paths, errors as google.rpc.Status with the matching HTTP status.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class JsonTranscodingTests(HostFixture fixture)
{
    private HttpClient Http() => fixture.Host.Http();

    [Fact]
    public async Task LogThenGetByReference_OverJson_ReturnTheSameComplaint()
    {
        using var http = Http();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/complaints")
        {
            Content = JsonContent.Create(new { channel = "CHANNEL_EMAIL", description = "Damp in the bedroom", residentReference = "TEN-9" }),
        };
        request.Headers.Authorization = new("Bearer", TestIdentityProvider.Token("hms-json", ["hms"]));

        using var logged = await http.SendAsync(request);
        var complaint = (await logged.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("complaint");
        var reference = complaint.GetProperty("reference").GetString();
        var read = await http.GetFromJsonAsync<JsonElement>($"/v1/complaints/by-reference/{reference}");

        Assert.Equal(HttpStatusCode.OK, logged.StatusCode);
        Assert.Equal("hms-json", complaint.GetProperty("loggedBy").GetString());
        Assert.Equal(complaint.GetProperty("id").GetString(), read.GetProperty("complaint").GetProperty("id").GetString());
    }

    [Fact]
    public async Task BadInput_IsHttp400WithTheFieldViolationsAsGoogleRpcStatus()
    {
        using var http = Http();

        using var response = await http.PostAsJsonAsync("/v1/complaints", new { description = "" });
        var status = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(3, status.GetProperty("code").GetInt32()); // INVALID_ARGUMENT
        var badRequest = status.GetProperty("details").EnumerateArray()
            .Single(d => d.GetProperty("@type").GetString() == "type.googleapis.com/google.rpc.BadRequest");
        Assert.Contains("description", badRequest.GetProperty("fieldViolations").EnumerateArray().Select(v => v.GetProperty("field").GetString()));
    }

    [Fact]
    public async Task UnknownComplaint_IsHttp404WithErrorInfo()
    {
        using var http = Http();

        using var response = await http.GetAsync("/v1/complaints/by-reference/CMP-1999-000001");
        var status = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var info = status.GetProperty("details").EnumerateArray().Single(d => d.GetProperty("@type").GetString()!.EndsWith("ErrorInfo"));
        Assert.Equal(("NOT_FOUND", "complaints"), (info.GetProperty("reason").GetString(), info.GetProperty("domain").GetString()));
    }

    [Fact]
    public async Task RefusedTransition_IsHttp400WithTheCurrentStageAndAllowedMoves()
    {
        using var http = Http();
        using var logged = await http.PostAsJsonAsync("/v1/complaints", new { channel = "CHANNEL_PHONE", description = "Leak", residentReference = "TEN-10" });
        var id = (await logged.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("complaint").GetProperty("id").GetString();

        using var response = await http.PostAsJsonAsync($"/v1/complaints/{id}:resolve-early", new { resolution = "Fixed" });
        var status = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode); // FAILED_PRECONDITION maps to 400
        Assert.Equal(9, status.GetProperty("code").GetInt32());
        var info = status.GetProperty("details").EnumerateArray().Single(d => d.GetProperty("@type").GetString()!.EndsWith("ErrorInfo"));
        Assert.Equal("Received", info.GetProperty("metadata").GetProperty("current_stage").GetString());
    }

    [Fact]
    public async Task Json_IsGzipWhenTheClientAcceptsIt()
    {
        using var handler = new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None };
        using var http = fixture.Host.Http(handler);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/system/policy-profile");
        request.Headers.AcceptEncoding.ParseAdd("gzip");

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("gzip", response.Content.Headers.ContentEncoding.Single());
    }
}
