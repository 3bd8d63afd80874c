using Complaints.Grpc.Server;
using Microsoft.Extensions.DependencyInjection;
using Alpha = Grpc.Reflection.V1Alpha;
using V1 = Grpc.Reflection.V1;

namespace Complaints.Grpc.Reflection;

public static class ReflectionServerBuilderExtensions
{
    /// <summary>Serves server reflection (v1 and v1alpha) over every registered service, for grpcurl, Postman and the like.</summary>
    public static GrpcServerBuilder AddReflection(this GrpcServerBuilder builder)
    {
        builder.Services.AddSingleton<ReflectionResponderProvider>();
        return builder
            .AddService<ReflectionGrpcService>(V1.ReflectionReflection.Descriptor.Services[0])
            .AddService<ReflectionV1AlphaGrpcService>(Alpha.ReflectionReflection.Descriptor.Services[0]);
    }
}
