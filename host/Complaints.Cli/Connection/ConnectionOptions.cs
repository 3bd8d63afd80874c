using System.CommandLine;
using Complaints.Client;

namespace Complaints.Cli.Connection;

/// <summary>
/// Where the server is and how calls sign in: options every command takes, each with an environment variable behind it
/// so a script sets them once. A credential given on the command line wins over one from the environment.
/// </summary>
internal sealed class ConnectionOptions
{
    public const string ServerVariable = "COMPLAINTS_SERVER";
    public const string TokenVariable = "COMPLAINTS_TOKEN";
    public const string ApiKeyVariable = "COMPLAINTS_API_KEY";

    /// <summary>The README's run command listens here for gRPC; an address, not "localhost", so no IPv6 lookup comes first.</summary>
    public const string DefaultServer = "http://127.0.0.1:5080";

    public Option<string> Server { get; } = new("--server")
    {
        Description = $"The server's gRPC address [env: {ServerVariable}]",
        Recursive = true,
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment : DefaultServer,
    };

    public Option<string?> Token { get; } = new("--token")
    {
        Description = $"A bearer token from the landlord's identity provider [env: {TokenVariable}]",
        Recursive = true,
    };

    public Option<string?> ApiKey { get; } = new("--api-key")
    {
        Description = $"An API key the product issued, ck_<id>.<secret> [env: {ApiKeyVariable}]",
        Recursive = true,
    };

    public Option<DevelopmentCaller?> As { get; } = new("--as")
    {
        Description = "Development sign-in as <id>:<role>[,<role>] (believed only by a server in Development, from loopback)",
        HelpName = "id:roles",
        Recursive = true,
        CustomParser = DevelopmentCaller.Parse,
    };

    public void AddTo(Command root)
    {
        root.Options.Add(Server);
        root.Options.Add(Token);
        root.Options.Add(ApiKey);
        root.Options.Add(As);
    }

    /// <summary>The server's address; "host:port" alone means plain HTTP/2 (h2c), as the README's server speaks.</summary>
    public Uri ServerAddress(ParseResult parsed)
    {
        var text = parsed.GetValue(Server)!.Trim();
        if (!text.Contains("://", StringComparison.Ordinal))
            text = $"http://{text}";
        return Uri.TryCreate(text, UriKind.Absolute, out var address) && address.Scheme is "http" or "https"
            ? address
            : throw new UsageException($"--server must be an http:// or https:// address, e.g. {DefaultServer}; got '{parsed.GetValue(Server)}'.");
    }

    /// <summary>The credentials to sign calls with: at most one given on the command line, else the environment's; none is allowed (the server then says UNAUTHENTICATED).</summary>
    public ApiCredentials? Credentials(ParseResult parsed)
    {
        var token = parsed.GetValue(Token);
        var apiKey = parsed.GetValue(ApiKey);
        var caller = parsed.GetValue(As);
        var given = new[] { token is not null, apiKey is not null, caller is not null }.Count(g => g);
        if (given > 1)
            throw new UsageException("Give one of --token, --api-key and --as, not several.");
        if (token is not null)
            return ApiCredentials.Bearer(token);
        if (apiKey is not null)
            return ApiCredentials.Key(apiKey);
        if (caller is not null)
            return ApiCredentials.Development(caller.Id, caller.Roles);
        if (Environment.GetEnvironmentVariable(TokenVariable) is { Length: > 0 } environmentToken)
            return ApiCredentials.Bearer(environmentToken);
        if (Environment.GetEnvironmentVariable(ApiKeyVariable) is { Length: > 0 } environmentKey)
            return ApiCredentials.Key(environmentKey);
        return null;
    }
}
