using Complaints.AccessApi.V1;
using Complaints.Cli.Output;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Complaints.Cli.Commands;

/// <summary>How a key is shown: its state in colour, and a new secret on a line of its own.</summary>
internal static class ApiKeyOutput
{
    public static IRenderable State(ApiKeyInfo key) =>
        key.Active && key.ReplacedBy.Length > 0 ? Show.Text($"active, replaced by {key.ReplacedBy}", Color.Yellow)
        : key.Active ? Show.Text("active", Color.Green)
        : key.RevokedAt is not null ? Show.Text("revoked", Color.Red)
        : Show.Text("expired", Color.Grey);

    /// <summary>
    /// The secret goes straight to the output, unwrapped and alone on its line, so it can be copied or read by a script
    /// (<c>| tail -1</c>): the server never shows it again.
    /// </summary>
    public static void WriteSecret(IAnsiConsole console, string what, ApiKeyInfo key, string secret)
    {
        console.MarkupLineInterpolated($"[green]{what}[/] {key.KeyId} for {key.System} (roles {string.Join(", ", key.Roles)}), expires {Show.When(key.ExpiresAt)}.");
        console.MarkupLine("[yellow]The secret, shown only now; send it as the x-api-key header:[/]");
        console.Profile.Out.Writer.WriteLine(secret);
    }
}
