using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Complaints.Testing;

/// <summary>
/// A housing management system for tests: a real HTTP server (Kestrel on a loopback port) answering the reference
/// adapter's wire shape from JSON documents the test puts in, recording every request it receives, able to go down
/// (503) and come back, and sending signed callbacks. It signs with its own HMAC code, not the product's, so the
/// tests prove the scheme as documented rather than the product agreeing with itself.
/// </summary>
public sealed class StubHousingSystem : IAsyncDisposable
{
    public const string DefaultSecret = "stub-hms-shared-secret";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, string> _documents = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly ConcurrentQueue<ReceivedEvent> _events = new();
    private int _jobs;
    private int _eventsToRefuse;

    private StubHousingSystem(WebApplication app, string sharedSecret)
    {
        _app = app;
        SharedSecret = sharedSecret;
    }

    /// <summary>Where the adapter should call: <c>HousingSystem:BaseAddress</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public string SharedSecret { get; }

    /// <summary>While true every request is answered 503, as an HMS that is down for maintenance would.</summary>
    public bool Down { get; set; }

    /// <summary>Every request received, in order (also those answered 503).</summary>
    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    /// <summary>Every event the product posted to <c>/hms/events</c>, in the order received, refused ones included.</summary>
    public IReadOnlyList<ReceivedEvent> Events => [.. _events];

    /// <summary>Answers the next <paramref name="count"/> event posts 500, as an HMS with a passing fault would.</summary>
    public void RefuseNextEvents(int count) => Interlocked.Exchange(ref _eventsToRefuse, count);

    /// <summary>Whether the event was signed with the shared secret over <c>{timestamp}.{body}</c>, as the HMS checks it.</summary>
    public bool IsSigned(ReceivedEvent received) =>
        received.Signature == "sha256=" + Convert.ToHexStringLower(Mac(received.Timestamp, Encoding.UTF8.GetBytes(received.Body), SharedSecret));

    /// <summary>The host's arguments that point the product at this HMS.</summary>
    public string[] HostArgs => [$"--HousingSystem:BaseAddress={BaseAddress}", $"--HousingSystem:SharedSecret={SharedSecret}"];

    public static async Task<StubHousingSystem> StartAsync(string sharedSecret = DefaultSecret)
    {
        var builder = WebApplication.CreateSlimBuilder();
        // The test's folder holds the product's appsettings.json; its Kestrel endpoints are the product's, not ours.
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var stub = new StubHousingSystem(app, sharedSecret);
        app.Run(stub.AnswerAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        stub.BaseAddress = new Uri(address.TrimEnd('/') + "/hms/");
        return stub;
    }

    /// <summary>Answers GET <c>/hms/{path}</c> with <paramref name="json"/>, e.g. <c>Put("residents/TEN-1", "{…}")</c>.</summary>
    public void Put(string path, string json) => _documents[path] = json;

    /// <summary>Sends a callback to the product, signed at <paramref name="signedAt"/> (now by default) with <paramref name="secret"/> (the shared one by default).</summary>
    public async Task<HttpResponseMessage> SendCallbackAsync(Uri callbackUrl, string json, DateTimeOffset? signedAt = null, string? secret = null)
    {
        var body = Encoding.UTF8.GetBytes(json);
        var timestamp = (signedAt ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var mac = Mac(timestamp, body, secret ?? SharedSecret);
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, callbackUrl) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.Add("x-signature-timestamp", timestamp);
        request.Headers.Add("x-signature", "sha256=" + Convert.ToHexStringLower(mac));
        return await client.SendAsync(request);
    }

    private static byte[] Mac(string timestamp, byte[] body, string secret) =>
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), (byte[])[.. Encoding.ASCII.GetBytes(timestamp + "."), .. body]);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task AnswerAsync(HttpContext context)
    {
        var body = await new StreamReader(context.Request.Body).ReadToEndAsync();
        var path = context.Request.Path.Value is { } full && full.StartsWith("/hms/", StringComparison.Ordinal) ? Uri.UnescapeDataString(full["/hms/".Length..]) : "";
        _requests.Enqueue(new RecordedRequest(context.Request.Method, path, body, context.Request.Headers.Authorization.ToString()));
        if (Down)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }
        if (HttpMethods.IsPost(context.Request.Method) && path == "events")
        {
            var refused = Interlocked.Decrement(ref _eventsToRefuse) >= 0;
            var headers = context.Request.Headers;
            _events.Enqueue(new ReceivedEvent(long.Parse(headers["x-event-id"].ToString(), CultureInfo.InvariantCulture), headers["x-event-type"].ToString(),
                body, headers["x-signature-timestamp"].ToString(), headers["x-signature"].ToString(), headers["x-event-replay"] == "true", !refused));
            context.Response.StatusCode = refused ? StatusCodes.Status500InternalServerError : StatusCodes.Status204NoContent;
            return;
        }
        if (HttpMethods.IsPost(context.Request.Method) && path == "repairs")
        {
            // A new job, and its document for GET repairs/{job} from now on.
            var job = $"JOB-{Interlocked.Increment(ref _jobs):D4}";
            var answer = $$"""{"jobReference":"{{job}}","status":"raised"}""";
            Put($"repairs/{job}", answer);
            context.Response.StatusCode = StatusCodes.Status201Created;
            await Results.Text(answer, "application/json").ExecuteAsync(context);
            return;
        }
        if (HttpMethods.IsGet(context.Request.Method) && _documents.TryGetValue(path, out var document))
        {
            await Results.Text(document, "application/json").ExecuteAsync(context);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status404NotFound;
    }
}

/// <summary>An event the product posted: its id and type (headers), body, signature headers, whether it was a replay, and whether the stub took it.</summary>
public sealed record ReceivedEvent(long Id, string Type, string Body, string Timestamp, string Signature, bool Replay, bool Accepted);

/// <summary>One request the stub HMS received: method, path under <c>/hms/</c>, body, authorization header.</summary>
public sealed record RecordedRequest(string Method, string Path, string Body, string Authorization);
