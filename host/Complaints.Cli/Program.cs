using Complaints.Cli;
using Spectre.Console;

// Results go to standard output and refusals to standard error, so a script can pipe one and still see the other.
var output = AnsiConsole.Console;
var errors = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
// A terminal's tables fit its window; a pipe or a file has no window, and a table wrapped to a guessed 80 columns
// splits every value a script would read across lines.
const int Unwrapped = 1000;
if (Console.IsOutputRedirected)
    output.Profile.Width = Unwrapped;
if (Console.IsErrorRedirected)
    errors.Profile.Width = Unwrapped;
return await CliApp.RunAsync(args, output, errors);
