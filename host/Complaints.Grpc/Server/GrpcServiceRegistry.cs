using Google.Protobuf.Reflection;

namespace Complaints.Grpc.Server;

/// <summary>Every registered proto service. Reflection lists these; the endpoint mapping serves them.</summary>
public sealed class GrpcServiceRegistry
{
    private readonly List<GrpcServiceRegistration> _registrations = [];

    public IEnumerable<ServiceDescriptor> Services => _registrations.Select(r => r.Service);

    internal IReadOnlyList<GrpcServiceRegistration> Registrations => _registrations;

    internal void Add(GrpcServiceRegistration registration)
    {
        if (_registrations.Any(r => r.Service.FullName == registration.Service.FullName))
            throw new InvalidOperationException(
                $"gRPC service {registration.Service.FullName} is registered twice; register each service once.");
        _registrations.Add(registration);
    }
}
