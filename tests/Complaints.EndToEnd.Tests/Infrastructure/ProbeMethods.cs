using Complaints.Grpc;
using Complaints.Testing.V1;
using Google.Protobuf;

namespace Complaints.EndToEnd.Tests.Infrastructure;

/// <summary>Client-side method handles for the probe service, built from its descriptor.</summary>
public static class ProbeMethods
{
    public static readonly Method<EchoRequest, EchoResponse> Echo = Find<EchoRequest, EchoResponse>("Echo");
    public static readonly Method<FailRequest, FailResponse> Fail = Find<FailRequest, FailResponse>("Fail");
    public static readonly Method<SleepRequest, SleepResponse> Sleep = Find<SleepRequest, SleepResponse>("Sleep");
    public static readonly Method<CountRequest, CountResponse> Count = Find<CountRequest, CountResponse>("Count");
    public static readonly Method<SumRequest, SumResponse> Sum = Find<SumRequest, SumResponse>("Sum");
    public static readonly Method<ChatRequest, ChatResponse> Chat = Find<ChatRequest, ChatResponse>("Chat");
    public static readonly Method<BigRequest, BigResponse> Big = Find<BigRequest, BigResponse>("Big");
    public static readonly Method<ThrowRequest, ThrowResponse> Throw = Find<ThrowRequest, ThrowResponse>("Throw");

    private static Method<TRequest, TResponse> Find<TRequest, TResponse>(string name)
        where TRequest : class, IMessage<TRequest>, new()
        where TResponse : class, IMessage<TResponse>, new() =>
        Method<TRequest, TResponse>.From(ProbeReflection.Descriptor.Services[0].FindMethodByName(name));
}
