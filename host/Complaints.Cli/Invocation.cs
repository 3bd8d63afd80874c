using System.CommandLine;
using Complaints.Cli.Connection;
using Complaints.Client;
using Grpc.Net.Client;

namespace Complaints.Cli;

/// <summary>One run of a command: what was parsed, the channel to the server, the credentials, and Ctrl+C's token.</summary>
internal sealed record Invocation(ParseResult Parsed, GrpcChannel Channel, ApiCredentials? Credentials, CancellationToken Cancellation)
{
    /// <summary>
    /// Every service, signed in with the options' credentials. Asking without any is a usage error here rather than
    /// an UNAUTHENTICATED round trip: every RPC the tool calls needs a caller.
    /// </summary>
    public ComplaintsApi Api => new(Channel, Credentials ?? throw new UsageException(
        $"Sign in: give --token, --api-key or (Development server) --as <id>:<role>, or set {ConnectionOptions.TokenVariable} or {ConnectionOptions.ApiKeyVariable}."));

    public T Value<T>(Option<T> option) => Parsed.GetValue(option)!;

    public T Value<T>(Argument<T> argument) => Parsed.GetValue(argument)!;
}
