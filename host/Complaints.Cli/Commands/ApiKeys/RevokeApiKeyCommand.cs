using System.CommandLine;
using Complaints.AccessApi.V1;
using Spectre.Console;

namespace Complaints.Cli.Commands;

/// <summary><c>complaints api-keys revoke &lt;key-id&gt;</c>: ends a key at once.</summary>
internal static class RevokeApiKeyCommand
{
    public static Command Create(CliContext cli)
    {
        var key = new Argument<string>("key-id") { Description = "The key's public part, ck_<id>" };
        var reason = new Option<string?>("--reason") { Description = "Why, kept with the key" };
        var command = new Command("revoke", "End a key at once") { key, reason };
        cli.SetAction(command, async run =>
        {
            var revoked = (await run.Api.Access.RevokeApiKeyAsync(new RevokeApiKeyRequest { KeyId = run.Value(key), Reason = run.Parsed.GetValue(reason) ?? "" },
                cancellationToken: run.Cancellation)).Key;
            cli.Out.MarkupLineInterpolated($"[green]Revoked[/] {revoked.KeyId} ({revoked.System}).");
            return 0;
        });
        return command;
    }
}
