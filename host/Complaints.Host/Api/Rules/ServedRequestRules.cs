using Google.Protobuf.Reflection;
using Grpc.AspNetCore.Server;
using Grpc.Core;
using ServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;

namespace Complaints.Host.Api.Rules;

/// <summary>
/// Compiles the request rules of every mapped gRPC method when the server is built, so a proto stating a rule the
/// server does not check stops the server from starting, with the field named, instead of failing its first call.
/// </summary>
internal static class ServedRequestRules
{
    /// <summary>Call after every service is mapped.</summary>
    public static void CompileRequestRulesOfEveryMappedService(this WebApplication app)
    {
        var services = ((IEndpointRouteBuilder)app).DataSources
            .SelectMany(source => source.Endpoints)
            .Select(e => e.Metadata.GetMetadata<GrpcMethodMetadata>()?.ServiceType)
            .OfType<Type>()
            .Distinct();
        foreach (var descriptor in services.Select(ServiceDescriptors.Of).OfType<ServiceDescriptor>())
            foreach (var method in descriptor.Methods)
                CompileAll(method.InputType, []);
    }


    private static void CompileAll(MessageDescriptor message, HashSet<MessageDescriptor> seen)
    {
        if (!seen.Add(message))
            return;
        RequestRules.For(message);
        foreach (var field in message.Fields.InFieldNumberOrder().Where(f => f.FieldType == FieldType.Message))
            CompileAll(field.MessageType, seen);
    }
}
