using System.Reflection;
using Grpc.Core;
using ServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;

namespace Complaints.Host.Api;

internal static class ServiceDescriptors
{
    /// <summary>The generated code names the class holding the service's descriptor on its base class, as reflection reads it.</summary>
    public static ServiceDescriptor? Of(Type serviceType) =>
        serviceType.GetCustomAttribute<BindServiceMethodAttribute>(inherit: true)?.BindType
            .GetProperty("Descriptor", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as ServiceDescriptor;
}
