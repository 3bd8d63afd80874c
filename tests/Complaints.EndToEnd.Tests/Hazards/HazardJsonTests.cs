using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Complaints.EndToEnd.Tests.Infrastructure;

namespace Complaints.EndToEnd.Tests.Hazards;

/// <summary>HazardsService as JSON over HTTP/1.1: its REST-shaped routes, and a refusal as google.rpc.Status with the HTTP status.</summary>
[Collection(HostCollection.Name)]
public sealed class HazardJsonTests(HostFixture fixture)
{
    [Fact]
    public async Task ReportRecordAndRead_OverJson_FollowTheRoutes()
    {
        using var http = fixture.Host.Http();
        var awareAt = DateTimeOffset.UtcNow.AddHours(-2).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);

        using var reported = await http.PostAsJsonAsync("/v1/hazards", new
        {
            source = "HAZARD_SOURCE_REPAIR", sourceReference = "JOB-JSON-1", propertyReference = "PROP-JSON-1", kind = "fire",
            category = "HAZARD_CATEGORY_EMERGENCY", awareAt, description = "Scorched socket, smell of burning",
        });
        var hazard = (await reported.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("hazard");
        var id = hazard.GetProperty("id").GetRawText().Trim('"'); // int64: a number or a string, as the transcoder writes it
        using var attempt = await http.PostAsJsonAsync($"/v1/hazards/{id}/access-attempts", new { method = "ACCESS_METHOD_PHONE", outcome = "ACCESS_OUTCOME_APPOINTMENT_MADE" });
        var read = (await http.GetFromJsonAsync<JsonElement>($"/v1/hazards/{id}")).GetProperty("hazard");
        using var refused = await http.PostAsJsonAsync($"/v1/hazards/{id}:stop-clock", new { reason = "STOP_REASON_HOUSEHOLD_MOVED", evidence = "Moved" });
        var status = await refused.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, reported.StatusCode);
        Assert.Equal(HttpStatusCode.OK, attempt.StatusCode);
        Assert.Equal(["emergency.investigate", "emergency.makeSafe"], read.GetProperty("clocks").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        Assert.Equal("ACCESS_OUTCOME_APPOINTMENT_MADE", read.GetProperty("accessAttempts")[0].GetProperty("outcome").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode); // FAILED_PRECONDITION: no offer of accommodation on record
        Assert.Equal(9, status.GetProperty("code").GetInt32());
    }
}
