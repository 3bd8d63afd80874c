namespace Complaints.Reporting.Policy;

/// <summary>The <c>reporting</c> section of a policy profile: how the landlord reads the Regulator's counting rules.</summary>
internal sealed class ReportingPolicy
{
    public const string Section = "reporting";

    /// <summary>The counting rules, each in force from a reporting year until the next one starts.</summary>
    public List<TsmCountingRule> TsmCountingRules { get; set; } = [];

    /// <summary>When a complaint counts as a repeat, for the learning lists.</summary>
    public LearningPolicy Learning { get; set; } = new();

    /// <summary>
    /// The rule in force for <paramref name="reportingYear"/>: the latest that starts by then; for a year before every
    /// rule, the earliest (the figures say which rule they used).
    /// </summary>
    public TsmCountingRule RuleFor(int reportingYear) =>
        TsmCountingRules.Where(r => r.FromReportingYear <= reportingYear).MaxBy(r => r.FromReportingYear)
        ?? TsmCountingRules.MinBy(r => r.FromReportingYear)!;
}

/// <summary>
/// The counting questions the Regulator's technical requirements leave to a reading, each a flag, with the clause (the
/// landlord's reading of the requirements) that settles them.
/// </summary>
internal sealed class TsmCountingRule
{
    public int FromReportingYear { get; set; }

    /// <summary>A complaint withdrawn during a stage still counts as received at that stage (CH01).</summary>
    public bool CountWithdrawn { get; set; }

    /// <summary>A complaint not accepted (declined, or its escalation refused) counts as received at that stage (CH01).</summary>
    public bool CountNotAccepted { get; set; }

    /// <summary>A response late against the Code's timescale but within an extension in force counts as in time (CH02).</summary>
    public bool ExtensionCountsAsInTime { get; set; }

    public string Clause { get; set; } = "";
}

/// <summary>
/// A complaint is a repeat when another about the same thing (the same category), the same home or the same household,
/// was received within <see cref="RepeatWindowDays"/> before it.
/// </summary>
internal sealed class LearningPolicy
{
    public int RepeatWindowDays { get; set; }

    public string Clause { get; set; } = "";
}
