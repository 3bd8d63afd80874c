using Google.Protobuf.Reflection;

namespace Complaints.Grpc;

public static class MethodDescriptorExtensions
{
    public static MethodType GetMethodType(this MethodDescriptor method) =>
        (method.IsClientStreaming, method.IsServerStreaming) switch
        {
            (false, false) => MethodType.Unary,
            (true, false) => MethodType.ClientStreaming,
            (false, true) => MethodType.ServerStreaming,
            (true, true) => MethodType.DuplexStreaming,
        };

    /// <summary>The HTTP/2 path of the method, <c>/package.Service/Method</c>.</summary>
    public static string GetPath(this MethodDescriptor method) => $"/{method.Service.FullName}/{method.Name}";
}
