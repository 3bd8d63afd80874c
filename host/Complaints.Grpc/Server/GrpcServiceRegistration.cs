using System.Reflection;
using Google.Protobuf.Reflection;

namespace Complaints.Grpc.Server;

/// <summary>One proto service and the class that implements it, with every method already bound.</summary>
internal sealed record GrpcServiceRegistration(
    ServiceDescriptor Service,
    Type Implementation,
    IReadOnlyList<(MethodDescriptor Method, MethodInfo Implementation)> Methods);
