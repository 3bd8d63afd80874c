using Complaints.Investigation.Policy;
using Complaints.Kernel.Errors;

namespace Complaints.Investigation.Responses;

/// <summary>A response's themes and root causes must come from the profile's controlled lists, each named once.</summary>
internal static class LearningCodes
{
    public static IEnumerable<FieldViolation> Check(IssueResponseCommand command, LearningPolicy learning) =>
        Check("themes", command.Themes ?? [], learning.Themes).Concat(Check("root_causes", command.RootCauses ?? [], learning.RootCauses));

    private static IEnumerable<FieldViolation> Check(string field, IReadOnlyList<string> given, List<LearningCode> allowed)
    {
        var codes = allowed.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < given.Count; i++)
        {
            if (!codes.Contains(given[i]))
                yield return new FieldViolation($"{field}[{i}]", $"must be one of this policy's codes: {string.Join(", ", allowed.Select(c => c.Code))}");
            else if (given.Take(i).Contains(given[i], StringComparer.Ordinal))
                yield return new FieldViolation($"{field}[{i}]", $"'{given[i]}' is given twice");
        }
    }
}
