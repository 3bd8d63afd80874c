using System.Reflection;
using Google.Protobuf.Reflection;

namespace Complaints.Grpc.Server;

/// <summary>
/// Finds, on a service implementation, the C# method for every method of its proto service, by name and by the
/// signature that the method's streaming kind implies. Missing ones are all reported at once, with the signature to add.
/// </summary>
internal static class ServiceMethodBinder
{
    public static IReadOnlyList<(MethodDescriptor Method, MethodInfo Implementation)> Bind(Type implementation, ServiceDescriptor service)
    {
        var bound = new List<(MethodDescriptor, MethodInfo)>();
        var missing = new List<string>();
        foreach (var method in service.Methods)
        {
            var (returnType, parameters) = ExpectedSignature(method);
            var candidate = implementation.GetMethod(method.Name, BindingFlags.Public | BindingFlags.Instance, parameters);
            if (candidate is not null && candidate.ReturnType == returnType)
                bound.Add((method, candidate));
            else
                missing.Add($"public {Describe(returnType)} {method.Name}({string.Join(", ", parameters.Select(Describe))})");
        }
        if (missing.Count > 0)
            throw new InvalidOperationException(
                $"{implementation.FullName} does not implement every method of {service.FullName}. Missing:"
                + string.Concat(missing.Select(m => Environment.NewLine + "  " + m)));
        return bound;
    }

    private static (Type ReturnType, Type[] Parameters) ExpectedSignature(MethodDescriptor method)
    {
        var request = method.InputType.ClrType;
        var response = method.OutputType.ClrType;
        var context = typeof(ServerCallContext);
        var reader = typeof(IAsyncStreamReader<>).MakeGenericType(request);
        var writer = typeof(IServerStreamWriter<>).MakeGenericType(response);
        var responseTask = typeof(Task<>).MakeGenericType(response);
        return method.GetMethodType() switch
        {
            MethodType.Unary => (responseTask, [request, context]),
            MethodType.ServerStreaming => (typeof(Task), [request, writer, context]),
            MethodType.ClientStreaming => (responseTask, [reader, context]),
            _ => (typeof(Task), [reader, writer, context]),
        };
    }

    private static string Describe(Type type) =>
        type.IsGenericType
            ? $"{type.Name[..type.Name.IndexOf('`')]}<{string.Join(", ", type.GetGenericArguments().Select(Describe))}>"
            : type.Name;
}
