using System.CommandLine;
using Spectre.Console;

namespace Complaints.Cli.Commands;

/// <summary>The API's keyset paging as options: a page size, and the token of the next page that the last page printed.</summary>
internal sealed class Paging(string what)
{
    /// <summary>The API's own largest page.</summary>
    private const int LargestPage = 200;

    public Option<int> Size { get; } = new("--page-size")
    {
        Description = $"How many to show, 1 to {LargestPage}",
        DefaultValueFactory = _ => 50,
        Validators = { result => { if (result.GetValueOrDefault<int>() is < 1 or > LargestPage) result.AddError($"--page-size must be 1 to {LargestPage}."); } },
    };

    public Option<string?> Token { get; } = new("--page-token") { Description = "The next page's token, as the last page printed it" };

    public void AddTo(Command command)
    {
        command.Options.Add(Size);
        command.Options.Add(Token);
    }

    public void WriteNext(IAnsiConsole console, string nextPageToken)
    {
        if (nextPageToken.Length > 0)
            console.MarkupLineInterpolated($"[grey]More {what}: add --page-token {nextPageToken}[/]");
    }
}
