using Complaints.Client.Demo;
using Spectre.Console;

namespace Complaints.Cli.Commands;

/// <summary>
/// Seeding's progress: a live progress bar on a terminal; on anything else (a pipe, a CI log, a test) one line per step,
/// which a log keeps readable where a redrawn bar would not.
/// </summary>
internal static class SeedProgress
{
    public static Task ShowAsync(IAnsiConsole console, Func<IProgress<DemoProgress>, Task> seed) =>
        console.Profile.Capabilities.Interactive
            ? console.Progress()
                .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .StartAsync(context => seed(new BarReporter(context.AddTask("Seeding", maxValue: 1))))
            : seed(new LineReporter(console));

    /// <summary>Moves the bar as each step is done. Reported on the seeder's own thread: Progress&lt;T&gt; would post it later.</summary>
    private sealed class BarReporter(ProgressTask task) : IProgress<DemoProgress>
    {
        public void Report(DemoProgress value)
        {
            task.MaxValue = value.Total;
            task.Value = value.Done;
            task.Description = Markup.Escape(value.What);
        }
    }

    private sealed class LineReporter(IAnsiConsole console) : IProgress<DemoProgress>
    {
        public void Report(DemoProgress value) => console.MarkupLineInterpolated($"[grey][[{value.Done}/{value.Total}]][/] {value.What}");
    }
}
