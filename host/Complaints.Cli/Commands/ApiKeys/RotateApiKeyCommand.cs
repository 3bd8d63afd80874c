using System.CommandLine;
using Complaints.AccessApi.V1;
using Complaints.Cli.Output;
using Spectre.Console;

namespace Complaints.Cli.Commands;

/// <summary><c>complaints api-keys rotate &lt;key-id&gt;</c>: a successor with the same system and roles; the old key works on for the overlap.</summary>
internal static class RotateApiKeyCommand
{
    public static Command Create(CliContext cli)
    {
        var key = new Argument<string>("key-id") { Description = "The key's public part, ck_<id>" };
        // A day by default, so a system can be given its new key before the old one stops; 0 stops the old key at once.
        var overlap = new Option<int>("--overlap-hours") { Description = "How long the old key keeps working beside the new one", DefaultValueFactory = _ => 24 };
        var command = new Command("rotate", "Issue a successor to a key; the old one works on for the overlap") { key, overlap };
        cli.SetAction(command, async run =>
        {
            var rotated = await run.Api.Access.RotateApiKeyAsync(new RotateApiKeyRequest { KeyId = run.Value(key), OverlapHours = run.Value(overlap) },
                cancellationToken: run.Cancellation);
            ApiKeyOutput.WriteSecret(cli.Out, "Rotated: issued", rotated.Key, rotated.Secret);
            cli.Out.MarkupLineInterpolated($"{rotated.Replaced.KeyId} stops working at {Show.When(rotated.Replaced.ExpiresAt)} (London time).");
            return 0;
        });
        return command;
    }
}
