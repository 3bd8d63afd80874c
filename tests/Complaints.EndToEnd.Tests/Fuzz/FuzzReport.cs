using System.Globalization;
using System.Text;
using Complaints.EndToEnd.Tests.Infrastructure;

namespace Complaints.EndToEnd.Tests.Fuzz;

/// <summary>
/// The run as text: answers per status and expectation, then the failures grouped by method, answer and problem.
/// Written to tests/TestResults/fuzz-&lt;provider&gt;.txt (where tests/run.sh keeps its results) so the counts can be quoted.
/// </summary>
public static class FuzzReport
{
    private static readonly Expectation[] Columns = Enum.GetValues<Expectation>();

    public static string Format(FuzzResult result)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Fuzz on {result.Provider}: {result.Calls} calls to {result.Methods} methods in {result.Elapsed.TotalSeconds:F0} s (seed {FuzzVariants.Seed}); {result.ReadsAfterwards} reads afterwards; {result.Failures.Count} failures");
        text.AppendLine(CultureInfo.InvariantCulture, $"{"answer",-26}{"all",8}{string.Concat(Columns.Select(c => $"{c,24}"))}");
        foreach (var (status, row) in result.Counts)
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{status,-26}{row.Values.Sum(),8}{string.Concat(Columns.Select(c => $"{row.GetValueOrDefault(c),24}"))}");
        text.AppendLine();
        foreach (var group in result.Failures.GroupBy(f => (f.Method, f.Status, Problem: Kind(f.Problem))).OrderBy(g => g.Key.Method, StringComparer.Ordinal))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{group.Key.Method} -> {group.Key.Status}: {group.Key.Problem} ({group.Count()})");
            foreach (var failure in group)
                text.AppendLine(CultureInfo.InvariantCulture, $"    {failure.Field} = {failure.Value}: {failure.Problem}");
        }
        return text.ToString();
    }

    public static string Write(FuzzResult result)
    {
        var folder = Path.Combine(RepoPaths.Root, "tests", "TestResults");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"fuzz-{result.Provider.ToLowerInvariant()}.txt");
        File.WriteAllText(path, Format(result));
        return path;
    }

    /// <summary>The problem without the field names and counts that differ from call to call, for grouping.</summary>
    private static string Kind(string problem) =>
        problem.StartsWith("INVALID_ARGUMENT names [", StringComparison.Ordinal) ? "INVALID_ARGUMENT names another field"
        : problem.StartsWith("refused, yet", StringComparison.Ordinal) ? "refused, yet the database changed"
        : problem;
}
