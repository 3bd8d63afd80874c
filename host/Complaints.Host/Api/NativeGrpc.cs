namespace Complaints.Host.Api;

/// <summary>A native gRPC request: <c>application/grpc</c> (with or without <c>+proto</c>), not gRPC-Web, not JSON.</summary>
internal static class NativeGrpc
{
    public static bool Is(HttpRequest request) =>
        request.ContentType is { } type
        && type.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase)
        && !type.StartsWith("application/grpc-web", StringComparison.OrdinalIgnoreCase);
}
