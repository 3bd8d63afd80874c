using Complaints.Grpc.Server;
using Complaints.Testing.V1;

namespace Complaints.Grpc.Tests;

public sealed class ServiceMethodBinderTests
{
    private static readonly Google.Protobuf.Reflection.ServiceDescriptor ProbeService = ProbeReflection.Descriptor.Services[0];

    [Fact]
    public void Bind_WhenEveryMethodIsImplemented_BindsEachOnce()
    {
        var bound = ServiceMethodBinder.Bind(typeof(CompleteProbe), ProbeService);

        Assert.Equal(ProbeService.Methods.Select(m => m.Name), bound.Select(b => b.Implementation.Name));
    }

    [Fact]
    public void Bind_WhenMethodsAreMissing_NamesEachWithTheSignatureToAdd()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ServiceMethodBinder.Bind(typeof(PartialProbe), ProbeService));

        Assert.Contains("complaints.testing.v1.ProbeService", error.Message);
        Assert.Contains("public Task Count(CountRequest, IServerStreamWriter<CountResponse>, ServerCallContext)", error.Message);
        Assert.Contains("public Task<SumResponse> Sum(IAsyncStreamReader<SumRequest>, ServerCallContext)", error.Message);
        Assert.DoesNotContain(" Echo(", error.Message);
    }

    [Fact]
    public void Bind_WhenReturnTypeIsWrong_ReportsTheMethod()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ServiceMethodBinder.Bind(typeof(WrongReturnProbe), ProbeService));

        Assert.Contains("public Task<EchoResponse> Echo(EchoRequest, ServerCallContext)", error.Message);
    }

    private class PartialProbe
    {
        public virtual Task<EchoResponse> Echo(EchoRequest request, ServerCallContext context) => throw new NotSupportedException();
        public Task<FailResponse> Fail(FailRequest request, ServerCallContext context) => throw new NotSupportedException();
        public Task<SleepResponse> Sleep(SleepRequest request, ServerCallContext context) => throw new NotSupportedException();
        public Task Chat(IAsyncStreamReader<ChatRequest> requests, IServerStreamWriter<ChatResponse> responses, ServerCallContext context) => throw new NotSupportedException();
        public Task<BigResponse> Big(BigRequest request, ServerCallContext context) => throw new NotSupportedException();
        public Task<ThrowResponse> Throw(ThrowRequest request, ServerCallContext context) => throw new NotSupportedException();
    }

    private class CompleteProbe : PartialProbe
    {
        public Task Count(CountRequest request, IServerStreamWriter<CountResponse> responses, ServerCallContext context) => throw new NotSupportedException();
        public Task<SumResponse> Sum(IAsyncStreamReader<SumRequest> requests, ServerCallContext context) => throw new NotSupportedException();
    }

    private sealed class WrongReturnProbe : CompleteProbe
    {
        public new EchoResponse Echo(EchoRequest request, ServerCallContext context) => throw new NotSupportedException();
    }
}
