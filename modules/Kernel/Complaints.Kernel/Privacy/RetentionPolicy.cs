using Microsoft.Extensions.Options;

namespace Complaints.Kernel.Privacy;

/// <summary>
/// Profile section <c>retention</c>: how long personal data is kept once a record is concluded, per kind of record,
/// each with the clause (or the note that the policy publishes none) it comes from.
/// </summary>
public sealed class RetentionPolicy
{
    public const string Section = "retention";

    public RetentionRule Complaints { get; set; } = new();

    public RetentionRule ConductCases { get; set; } = new();

    public RetentionRule For(RetainedRecordKind kind) => kind == RetainedRecordKind.Complaint ? Complaints : ConductCases;
}

/// <summary>Personal data is anonymised <see cref="YearsAfterConclusion"/> years after the record was concluded.</summary>
public sealed class RetentionRule
{
    public int YearsAfterConclusion { get; set; }

    public string Clause { get; set; } = "";

    /// <summary>Records concluded before this instant are due at <paramref name="now"/>.</summary>
    public DateTimeOffset ConcludedBefore(DateTimeOffset now) => now.AddYears(-YearsAfterConclusion);
}

internal sealed class RetentionPolicyValidator : IValidateOptions<RetentionPolicy>
{
    /// <summary>A sanity bound, not policy: no retention schedule keeps complaint records for a lifetime.</summary>
    private const int MostYears = 100;

    public ValidateOptionsResult Validate(string? name, RetentionPolicy policy)
    {
        var errors = new List<string>();
        foreach (var (field, rule) in new[] { ("complaints", policy.Complaints), ("conductCases", policy.ConductCases) })
        {
            if (rule.YearsAfterConclusion is < 1 or > MostYears)
                errors.Add($"retention.{field}.yearsAfterConclusion must be between 1 and {MostYears}.");
            if (string.IsNullOrWhiteSpace(rule.Clause))
                errors.Add($"retention.{field}.clause must quote the clause the period comes from, or say the policy publishes none.");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
