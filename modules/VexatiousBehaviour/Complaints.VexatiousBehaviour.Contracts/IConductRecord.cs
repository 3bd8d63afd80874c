namespace Complaints.VexatiousBehaviour.Contracts;

/// <summary>The contact restrictions a resident has been under, for the Ombudsman evidence pack. Joins the caller's unit of work.</summary>
public interface IConductRecord
{
    Task<IReadOnlyList<RestrictionSummary>> RestrictionsForAsync(string residentReference, CancellationToken cancellationToken);

    /// <summary>Whether a conduct case has this reference.</summary>
    Task<bool> CaseExistsAsync(string caseReference, CancellationToken cancellationToken);

    /// <summary>
    /// The conduct cases concluded before <paramref name="cutoff"/>, oldest first: no restriction in force or scheduled,
    /// no appeal waiting, and nothing recorded on the case (incident, warning, letter, decision, review, appeal) since.
    /// </summary>
    Task<IReadOnlyList<ConcludedConductCase>> FindConcludedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}

public sealed record ConcludedConductCase(long CaseId, string Reference, DateTimeOffset ConcludedAt);

/// <summary>A restriction as other modules see it; <see cref="Status"/> as of now (Scheduled, Active, Lapsed, Lifted).</summary>
public sealed record RestrictionSummary(string Reference, string Type, string PermittedRoute, DateOnly StartsOn, DateOnly EndsOn, string Status, string DecidedBy);
