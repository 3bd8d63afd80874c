using Complaints.Grpc;

namespace Complaints.Grpc.Tests;

public sealed class GrpcTimeoutTests
{
    [Theory]
    [InlineData("1H", 36_000_000_000L)]
    [InlineData("2M", 1_200_000_000L)]
    [InlineData("3S", 30_000_000L)]
    [InlineData("250m", 2_500_000L)]
    [InlineData("1500u", 15_000L)]
    [InlineData("1000n", 10L)]
    [InlineData("99999999S", 999_999_990_000_000L)]
    [InlineData("0m", 0L)]
    public void TryParse_WhenValid_ReturnsTheDuration(string header, long expectedTicks)
    {
        Assert.True(GrpcTimeout.TryParse(header, out var timeout));
        Assert.Equal(TimeSpan.FromTicks(expectedTicks), timeout);
    }

    [Theory]
    [InlineData("")]
    [InlineData("S")]
    [InlineData("10")]
    [InlineData("10s")]
    [InlineData("10 S")]
    [InlineData("-5S")]
    [InlineData("123456789S")]
    [InlineData("1.5S")]
    public void TryParse_WhenMalformed_IsRejected(string header) =>
        Assert.False(GrpcTimeout.TryParse(header, out _));

    [Theory]
    [InlineData(0.001)]
    [InlineData(0.5)]
    [InlineData(30)]
    [InlineData(86_400 * 400)]
    public void Format_ThenParse_NeverShortensTheTimeout(double seconds)
    {
        var timeout = TimeSpan.FromSeconds(seconds);

        var header = GrpcTimeout.Format(timeout);

        Assert.True(header.Length <= 9, header);
        Assert.True(GrpcTimeout.TryParse(header, out var parsed));
        Assert.True(parsed >= timeout, $"{header} parsed to {parsed}, shorter than {timeout}");
        Assert.True(parsed - timeout < TimeSpan.FromSeconds(Math.Max(1, seconds / 1_000_000)), $"{header} is too coarse");
    }
}
