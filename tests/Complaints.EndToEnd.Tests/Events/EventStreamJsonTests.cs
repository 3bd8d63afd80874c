using System.Text.Json;
using Complaints.EndToEnd.Tests.Infrastructure;

namespace Complaints.EndToEnd.Tests.Events;

/// <summary>The event stream over JSON (HTTP/1.1): transcoding writes each message as one JSON object on a line of its own, as it is sent.</summary>
public sealed class EventStreamJsonTests
{
    [Fact]
    public async Task Subscribe_OverJson_SendsEachEventAsAJsonLine_ThenTheHeartbeat()
    {
        await using var host = await RunningHost.StartAsync();
        var reference = (await host.Intake.LogComplaintAsync(IntakeMethods.ValidRequest()).ResponseAsync).Complaint.Reference;
        using var http = host.Http();
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        using var response = await http.GetAsync($"/v1/events:subscribe?afterEventId=0&eventTypes={Subscription.ComplaintLogged}",
            HttpCompletionOption.ResponseHeadersRead, cancel.Token);
        using var lines = new StreamReader(await response.Content.ReadAsStreamAsync(cancel.Token));
        var first = JsonDocument.Parse((await lines.ReadLineAsync(cancel.Token))!).RootElement.GetProperty("event");
        var second = JsonDocument.Parse((await lines.ReadLineAsync(cancel.Token))!).RootElement.GetProperty("heartbeat");

        Assert.Equal(Subscription.ComplaintLogged, first.GetProperty("type").GetString());
        Assert.Equal(reference, JsonDocument.Parse(first.GetProperty("payloadJson").GetString()!).RootElement.GetProperty("reference").GetString());
        // The heartbeat's cursor is past every event read, the complaint's first stage change among them.
        Assert.True(second.GetProperty("cursor").GetInt64() > first.GetProperty("id").GetInt64());
    }
}
