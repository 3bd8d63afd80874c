using Complaints.Grpc.Server;

namespace Complaints.Grpc.Reflection;

/// <summary>Builds the descriptor index on first use, when every service has been registered.</summary>
internal sealed class ReflectionResponderProvider(GrpcServiceRegistry registry)
{
    private readonly Lazy<ReflectionResponder> _responder = new(() => new ReflectionResponder(new DescriptorIndex(registry.Services)));

    public ReflectionResponder Responder => _responder.Value;
}
