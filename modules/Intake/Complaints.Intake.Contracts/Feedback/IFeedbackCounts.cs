namespace Complaints.Intake.Contracts;

/// <summary>
/// How many compliments and pieces of feedback the landlord received, for reports that show them beside complaint
/// volumes (never inside them, nor in the Tenant Satisfaction Measures). Feedback logged as a complaint is left out:
/// it counts as the complaint. Joins the caller's unit of work.
/// </summary>
public interface IFeedbackCounts
{
    /// <summary>
    /// Counts of what was received from <paramref name="from"/> (inclusive) until <paramref name="until"/> (exclusive),
    /// by the London month received and the kind, in month then kind order; months and kinds with none are left out.
    /// </summary>
    Task<IReadOnlyList<FeedbackMonthCount>> CountByMonthAsync(DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken);
}

/// <summary>
/// One month's count of one kind: <paramref name="Kind"/> is the policy profile's code (e.g. "Compliment"),
/// <paramref name="IsCompliment"/> whether that kind was a compliment when recorded.
/// </summary>
public sealed record FeedbackMonthCount(int Year, int Month, string Kind, bool IsCompliment, int Count);
