using Complaints.EndToEnd.Tests.Infrastructure;
using Google.Rpc;
using Grpc.Core;
using SystemV1 = Complaints.SystemApi.V1;

namespace Complaints.EndToEnd.Tests.Access;

public sealed class RateLimitTests
{
    [Fact]
    public async Task ACallerOverItsRate_IsResourceExhaustedWithRetryAdvice_AndOtherCallersCarryOn()
    {
        await using var host = await RunningHost.StartAsync("--Limits:CallsPerSecondPerCaller=1", "--Limits:BurstPerCaller=3");
        var busy = Caller.Bearer(TestIdentityProvider.Token("busy-integration", ["hms"]));
        var other = Caller.Bearer(TestIdentityProvider.Token("other-integration", ["hms"]));

        var answers = new List<StatusCode>();
        RpcException? refused = null;
        for (var i = 0; i < 10; i++)
        {
            try
            {
                await host.System.GetInfoAsync(new SystemV1.GetInfoRequest(), busy);
                answers.Add(StatusCode.OK);
            }
            catch (RpcException e)
            {
                answers.Add(e.StatusCode);
                refused ??= e;
            }
        }
        var otherAnswer = await host.System.GetInfoAsync(new SystemV1.GetInfoRequest(), other);

        Assert.Equal([StatusCode.OK, StatusCode.OK, StatusCode.OK], answers.Take(3));
        Assert.Contains(StatusCode.ResourceExhausted, answers.Skip(3));
        Assert.NotNull(refused!.Detail<RetryInfo>()?.RetryDelay);
        Assert.Equal("Complaints.Modular", otherAnswer.Product);
    }
}
