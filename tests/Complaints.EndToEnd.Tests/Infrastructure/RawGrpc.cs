using System.Buffers;
using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Headers;
using Google.Protobuf;

namespace Complaints.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Hand-made HTTP/2 requests, for what a well-behaved client never sends: wrong content types, broken frames,
/// bad headers. Reads the raw status back from headers or trailers.
/// </summary>
public static class RawGrpc
{
    public sealed record Reply(HttpStatusCode HttpStatus, string? GrpcStatus, string? GrpcMessage, HttpResponseHeaders Headers, byte[] Body);

    public static byte[] Frame(IMessage message) => Frame(message.ToByteArray());

    public static byte[] Frame(byte[] payload, byte flag = 0)
    {
        var frame = new byte[5 + payload.Length];
        frame[0] = flag;
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(1), (uint)payload.Length);
        payload.CopyTo(frame, 5);
        return frame;
    }

    public static async Task<Reply> PostAsync(
        Uri address, string path, byte[] body, string contentType = "application/grpc", params (string Name, string Value)[] headers)
    {
        using var http = new HttpClient(new DefaultCallerHandler(new SocketsHttpHandler()));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(address, path))
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent(body),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.TryAddWithoutValidation("te", "trailers");
        foreach (var (name, value) in headers)
            request.Headers.TryAddWithoutValidation(name, value);
        using var response = await http.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var status = Header(response.TrailingHeaders, "grpc-status") ?? Header(response.Headers, "grpc-status");
        var message = Header(response.TrailingHeaders, "grpc-message") ?? Header(response.Headers, "grpc-message");
        return new Reply(response.StatusCode, status, message, response.Headers, bytes);
    }

    private static string? Header(HttpHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.First() : null;
}
