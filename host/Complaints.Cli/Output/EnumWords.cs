using System.CommandLine;
using System.CommandLine.Completions;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;

namespace Complaints.Cli.Output;

/// <summary>
/// The API's enums as a command line writes them: "stage1-pending", "due-soon", "part-paid". A table shows a value as
/// the word its filter option takes, so what a person reads they can type back; the proto's own name
/// ("STAGE_STAGE1_PENDING") is accepted too.
/// </summary>
internal static partial class EnumWords
{
    private const string Unspecified = "Unspecified";

    public static string Word<T>(T value) where T : struct, Enum =>
        value.ToString() == Unspecified ? "" : WordStart().Replace(value.ToString(), "-").ToLowerInvariant();

    public static IReadOnlyList<string> Words<T>() where T : struct, Enum =>
        Enum.GetValues<T>().Where(v => v.ToString() != Unspecified).Select(Word).ToList();

    public static bool TryParse<T>(string text, out T value) where T : struct, Enum
    {
        var wanted = Letters(text);
        foreach (var candidate in Enum.GetValues<T>().Where(v => v.ToString() != Unspecified))
        {
            var name = Letters(candidate.ToString());
            if (wanted == name || wanted == Letters(typeof(T).Name) + name)
            {
                value = candidate;
                return true;
            }
        }
        value = default;
        return false;
    }

    /// <summary>A filter option taking any number of values, repeated or comma-separated: <c>--stage received,stage1-pending</c>.</summary>
    public static Option<T[]> Filter<T>(string name, string description) where T : struct, Enum
    {
        var option = new Option<T[]>(name)
        {
            Description = $"{description}: {string.Join(", ", Words<T>())}",
            HelpName = "value",
            AllowMultipleArgumentsPerToken = false,
            Arity = ArgumentArity.ZeroOrMore,
            CustomParser = Parse<T>,
            DefaultValueFactory = _ => [],
        };
        option.CompletionSources.Add(_ => Words<T>().Select(w => new CompletionItem(w)));
        return option;
    }

    private static T[] Parse<T>(ArgumentResult result) where T : struct, Enum
    {
        var values = new List<T>();
        foreach (var text in result.Tokens.SelectMany(t => t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (TryParse<T>(text, out var value))
                values.Add(value);
            else
                result.AddError($"'{text}' is not one of: {string.Join(", ", Words<T>())}.");
        }
        return values.Distinct().ToArray();
    }

    private static string Letters(string text) => new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    [GeneratedRegex("(?<!^)(?=[A-Z])")]
    private static partial Regex WordStart();
}
