namespace Complaints.VexatiousBehaviour.Contracts;

/// <summary>The contact restrictions a resident has been under, for the Ombudsman evidence pack. Joins the caller's unit of work.</summary>
public interface IConductRecord
{
    Task<IReadOnlyList<RestrictionSummary>> RestrictionsForAsync(string residentReference, CancellationToken cancellationToken);
}

/// <summary>A restriction as other modules see it; <see cref="Status"/> as of now (Scheduled, Active, Lapsed, Lifted).</summary>
public sealed record RestrictionSummary(string Reference, string Type, string PermittedRoute, DateOnly StartsOn, DateOnly EndsOn, string Status, string DecidedBy);
