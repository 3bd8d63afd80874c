using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Complaints.HousingSystem.Adapter;
using Complaints.HousingSystem.Contracts;
using Complaints.Kernel.Events;
using Microsoft.Extensions.Options;

namespace Complaints.HousingSystem.Webhooks;

/// <summary>
/// Posts one event to the HMS: <c>{"id", "type", "recordedAt", "correlationId", "payload"}</c> as JSON, signed with
/// HMAC-SHA256 over <c>{timestamp}.{body}</c> (<see cref="WebhookSignature"/>), with the event's id and type in headers
/// so the HMS can de-duplicate before reading the body. Any answer but 2xx is a failure.
/// </summary>
internal sealed class WebhookPoster(IHttpClientFactory clients, IOptions<HousingSystemOptions> options, IOptions<WebhookOptions> webhooks, TimeProvider clock)
{
    public const string EventIdHeader = "x-event-id";
    public const string EventTypeHeader = "x-event-type";
    public const string ReplayHeader = "x-event-replay";

    public async Task PostAsync(LoggedEvent loggedEvent, bool replay, CancellationToken cancellationToken)
    {
        var body = Body(loggedEvent);
        var signature = new WebhookSignature(options.Value.SharedSecret!, options.Value.SignatureTolerance);
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, webhooks.Value.Path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, signature.Sign(timestamp, body));
        request.Headers.Add(EventIdHeader, loggedEvent.Id.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(EventTypeHeader, loggedEvent.EventType);
        if (replay)
            request.Headers.Add(ReplayHeader, "true");
        using var response = await clients.CreateClient(HttpHousingSystem.ClientName).SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"The HMS answered {(int)response.StatusCode} {response.ReasonPhrase}.", null, response.StatusCode);
    }

    private static byte[] Body(LoggedEvent loggedEvent)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("id", loggedEvent.Id);
            json.WriteString("type", loggedEvent.EventType);
            json.WriteString("recordedAt", loggedEvent.RecordedAt);
            json.WriteString("correlationId", loggedEvent.CorrelationId);
            json.WritePropertyName("payload");
            json.WriteRawValue(loggedEvent.Payload);
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }
}
