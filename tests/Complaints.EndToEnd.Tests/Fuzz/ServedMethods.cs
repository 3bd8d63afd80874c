using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;
using Grpc.Reflection.V1;

namespace Complaints.EndToEnd.Tests.Fuzz;

/// <summary>One unary RPC the host serves, with its request's descriptor as the host describes it.</summary>
public sealed record ServedMethod(ServiceDescriptor Service, MethodDescriptor Method)
{
    public string Name => $"{Service.Name}/{Method.Name}";

    public MessageDescriptor Input => Method.InputType;

    /// <summary>Reads by their verb; after the run each of them must still answer.</summary>
    public bool IsRead => Method.Name.StartsWith("Get", StringComparison.Ordinal) || Method.Name.StartsWith("List", StringComparison.Ordinal)
        || Method.Name.StartsWith("Check", StringComparison.Ordinal) || Method.Name.StartsWith("Export", StringComparison.Ordinal);
}

/// <summary>
/// Every method of every product service the running host serves, read from its reflection service and built into
/// descriptors here: a service or RPC added to the host is fuzzed without anyone listing it.
/// </summary>
public static class ServedMethods
{
    /// <summary>The test-only probe is not the product's.</summary>
    private const string TestOnlyPackage = "complaints.testing.";

    /// <summary>
    /// Health and reflection are the libraries' services, answering as the libraries do (NOT_FOUND for any unknown
    /// service name, however long); the fuzz holds the product's RPCs to the issue's standard.
    /// </summary>
    private const string LibraryPackage = "grpc.";

    public static async Task<IReadOnlyList<ServedMethod>> DiscoverAsync(CallInvoker invoker)
    {
        using var call = new ServerReflection.ServerReflectionClient(invoker).ServerReflectionInfo();
        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = "" });
        var names = (await NextAsync(call)).ListServicesResponse.Service.Select(s => s.Name)
            .Where(n => !n.StartsWith(TestOnlyPackage, StringComparison.Ordinal) && !n.StartsWith(LibraryPackage, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();
        var files = new Dictionary<string, FileDescriptorProto>();
        foreach (var name in names)
        {
            await call.RequestStream.WriteAsync(new ServerReflectionRequest { FileContainingSymbol = name });
            foreach (var bytes in (await NextAsync(call)).FileDescriptorResponse.FileDescriptorProto)
            {
                var file = FileDescriptorProto.Parser.ParseFrom(bytes);
                files.TryAdd(file.Name, file);
            }
        }
        await call.RequestStream.CompleteAsync();
        var built = FileDescriptor.BuildFromByteStrings(InDependencyOrder(files).Select(f => f.ToByteString()));
        var services = built.SelectMany(f => f.Services).Where(s => names.Contains(s.FullName)).ToList();
        // A server stream is fuzzed through its request, answered by its first message (UntypedCall); a client stream
        // would need the fuzz to send more than one message.
        var streaming = services.SelectMany(s => s.Methods).Where(m => m.IsClientStreaming).ToList();
        if (streaming.Count > 0)
            throw new InvalidOperationException(
                $"The fuzz sends one request message per call; teach it to stream before serving {string.Join(", ", streaming.Select(m => m.FullName))}.");
        return services.SelectMany(s => s.Methods).Select(m => new ServedMethod(m.Service, m)).ToList();
    }

    private static async Task<ServerReflectionResponse> NextAsync(AsyncDuplexStreamingCall<ServerReflectionRequest, ServerReflectionResponse> call)
    {
        if (!await call.ResponseStream.MoveNext())
            throw new InvalidOperationException("The reflection service ended the stream early.");
        var response = call.ResponseStream.Current;
        if (response.ErrorResponse is { } error)
            throw new InvalidOperationException($"Reflection refused {response.OriginalRequest}: {error.ErrorMessage}");
        return response;
    }

    /// <summary>FileDescriptor.BuildFromByteStrings needs every file after the files it imports.</summary>
    private static IEnumerable<FileDescriptorProto> InDependencyOrder(Dictionary<string, FileDescriptorProto> files)
    {
        var placed = new HashSet<string>();
        var ordered = new List<FileDescriptorProto>();
        void Place(FileDescriptorProto file)
        {
            if (!placed.Add(file.Name))
                return;
            foreach (var dependency in file.Dependency)
                Place(files.TryGetValue(dependency, out var imported)
                    ? imported
                    : throw new InvalidOperationException($"Reflection sent {file.Name} without its import {dependency}."));
            ordered.Add(file);
        }
        foreach (var file in files.Values.OrderBy(f => f.Name, StringComparer.Ordinal))
            Place(file);
        return ordered;
    }
}
