using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.Testing.V1;

namespace Complaints.EndToEnd.Tests.Wire;

/// <summary>
/// A request whose body never finishes arriving is ended at <c>Limits:RequestBodyTimeout</c> — its stream alone: the
/// caller's other calls on the same connection, and everyone else's, are answered. The body here trickles (10 KB/s,
/// well above Kestrel's minimum data rate, which alone ends a body that stops outright after about 6 s) towards a
/// 4 MiB message it never completes: without the bound it would hold its stream for as long as the client liked.
/// </summary>
public sealed class SlowBodyTests
{
    private const string EchoPath = "/complaints.testing.v1.ProbeService/Echo";

    [Fact]
    public async Task ABodyThatTricklesAndNeverCompletes_IsEndedAtTheBound()
    {
        await using var host = await RunningHost.StartAsync("--Limits:RequestBodyTimeout=00:00:01");
        using var http = SharedConnection();
        var clock = Stopwatch.StartNew();

        var stalled = await Assert.ThrowsAnyAsync<Exception>(() => http.SendAsync(Stalled(host.Address)).WaitAsync(TimeSpan.FromSeconds(30)));

        Assert.IsNotType<TimeoutException>(stalled);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(25));
    }

    [Fact]
    public async Task MoreStalledStreamsThanAConnectionMayHold_AreEnded_AndTheGoodCallsBesideThemAreAnswered()
    {
        await using var host = await RunningHost.StartAsync("--Limits:RequestBodyTimeout=00:00:01");
        using var http = SharedConnection();

        // Kestrel lets one connection hold 100 streams; 150 stalled ones would block the connection for ever without the bound.
        var stalled = Enumerable.Range(0, 150).Select(_ => http.SendAsync(Stalled(host.Address))).ToList();
        await Task.Delay(200);
        var sameConnection = await PostEchoAsync(http, host.Address).WaitAsync(TimeSpan.FromSeconds(30));
        var otherConnection = await host.Probe.EchoAsync(new EchoRequest { Text = "beside" }).ResponseAsync.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal("0", sameConnection);
        Assert.Equal("beside", otherConnection.Text);
        foreach (var call in stalled)
            await Assert.ThrowsAnyAsync<Exception>(() => call.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task ACallWhoseHandlerTakesLongerThanTheBound_IsNotCutShort()
    {
        await using var host = await RunningHost.StartAsync("--Limits:RequestBodyTimeout=00:00:01");

        var slept = await host.Probe.SleepAsync(new SleepRequest { Milliseconds = 2_500, Tag = "slow-handler" }).ResponseAsync;

        Assert.True(slept.Completed);
    }

    /// <summary>One HTTP/2 connection for every request the client sends, as a gRPC channel uses.</summary>
    private static HttpClient SharedConnection() =>
        new(new DefaultCallerHandler(new SocketsHttpHandler { EnableMultipleHttp2Connections = false })) { DefaultRequestVersion = HttpVersion.Version20, DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact };

    private static HttpRequestMessage Stalled(Uri address) => Grpc(address, new NeverEndingContent());

    private static async Task<string?> PostEchoAsync(HttpClient http, Uri address)
    {
        using var response = await http.SendAsync(Grpc(address, new ByteArrayContent(RawGrpc.Frame(new EchoRequest { Text = "same" }))));
        await response.Content.ReadAsByteArrayAsync();
        return response.TrailingHeaders.TryGetValues("grpc-status", out var status) ? status.First() : null;
    }

    private static HttpRequestMessage Grpc(Uri address, HttpContent content)
    {
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/grpc");
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(address, EchoPath)) { Content = content, Version = HttpVersion.Version20, VersionPolicy = HttpVersionPolicy.RequestVersionExact };
        request.Headers.TryAddWithoutValidation("te", "trailers");
        return request;
    }

    /// <summary>Announces a message of nearly 4 MiB, then sends 512 bytes of it every 50 ms, until the request is ended.</summary>
    private sealed class NeverEndingContent : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
            SerializeToStreamAsync(stream, context, CancellationToken.None);

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
        {
            await stream.WriteAsync(new byte[] { 0, 0x00, 0x3F, 0xFF, 0xFF }, cancellationToken);
            while (true)
            {
                await stream.WriteAsync(new byte[512], cancellationToken);
                await stream.FlushAsync(cancellationToken);
                await Task.Delay(50, cancellationToken);
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = -1;
            return false;
        }
    }
}
