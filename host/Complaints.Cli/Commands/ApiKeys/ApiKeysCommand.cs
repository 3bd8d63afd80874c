using System.CommandLine;

namespace Complaints.Cli.Commands;

/// <summary><c>complaints api-keys issue|list|revoke|rotate</c>: the keys systems call with (AccessService; an administrator's work).</summary>
internal static class ApiKeysCommand
{
    public static Command Create(CliContext cli) =>
        new("api-keys", "API keys for systems: issue, list, revoke, rotate")
        {
            IssueApiKeyCommand.Create(cli),
            ListApiKeysCommand.Create(cli),
            RevokeApiKeyCommand.Create(cli),
            RotateApiKeyCommand.Create(cli),
        };
}
