using Complaints.Grpc;
using Grpc.Health.V1;
using Alpha = Grpc.Reflection.V1Alpha;
using V1 = Grpc.Reflection.V1;

namespace Complaints.EndToEnd.Tests.Infrastructure;

/// <summary>Client-side method handles for the standard health and reflection services.</summary>
public static class StandardServices
{
    public static readonly Method<HealthCheckRequest, HealthCheckResponse> HealthCheck =
        Method<HealthCheckRequest, HealthCheckResponse>.From(HealthReflection.Descriptor.Services[0].FindMethodByName("Check"));

    public static readonly Method<HealthCheckRequest, HealthCheckResponse> HealthWatch =
        Method<HealthCheckRequest, HealthCheckResponse>.From(HealthReflection.Descriptor.Services[0].FindMethodByName("Watch"));

    public static readonly Method<HealthListRequest, HealthListResponse> HealthList =
        Method<HealthListRequest, HealthListResponse>.From(HealthReflection.Descriptor.Services[0].FindMethodByName("List"));

    public static readonly Method<V1.ServerReflectionRequest, V1.ServerReflectionResponse> Reflection =
        Method<V1.ServerReflectionRequest, V1.ServerReflectionResponse>.From(V1.ReflectionReflection.Descriptor.Services[0].Methods[0]);

    public static readonly Method<Alpha.ServerReflectionRequest, Alpha.ServerReflectionResponse> ReflectionV1Alpha =
        Method<Alpha.ServerReflectionRequest, Alpha.ServerReflectionResponse>.From(Alpha.ReflectionReflection.Descriptor.Services[0].Methods[0]);
}
