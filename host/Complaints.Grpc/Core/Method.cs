using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace Complaints.Grpc;

/// <summary>A method a client can call: its full name, kind and how to read its messages.</summary>
public sealed class Method<TRequest, TResponse>
    where TRequest : class, IMessage<TRequest>, new()
    where TResponse : class, IMessage<TResponse>, new()
{
    public Method(MethodType type, string serviceName, string name)
    {
        Type = type;
        ServiceName = serviceName;
        Name = name;
        FullName = $"/{serviceName}/{name}";
    }

    public MethodType Type { get; }

    public string ServiceName { get; }

    public string Name { get; }

    /// <summary>The HTTP/2 path, <c>/package.Service/Method</c>.</summary>
    public string FullName { get; }

    public MessageParser<TResponse> ResponseParser { get; } = new(() => new TResponse());

    /// <summary>Builds the method from its protobuf descriptor, checking the message types match.</summary>
    public static Method<TRequest, TResponse> From(MethodDescriptor descriptor)
    {
        if (descriptor.InputType.ClrType != typeof(TRequest) || descriptor.OutputType.ClrType != typeof(TResponse))
            throw new ArgumentException(
                $"{descriptor.FullName} takes {descriptor.InputType.ClrType.Name} and returns {descriptor.OutputType.ClrType.Name}, " +
                $"not {typeof(TRequest).Name} → {typeof(TResponse).Name}.", nameof(descriptor));
        return new Method<TRequest, TResponse>(descriptor.GetMethodType(), descriptor.Service.FullName, descriptor.Name);
    }
}
