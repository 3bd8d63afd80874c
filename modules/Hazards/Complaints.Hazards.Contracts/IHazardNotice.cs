namespace Complaints.Hazards.Contracts;

/// <summary>
/// A message that may tell the landlord of a hazard in a home (another module's command, e.g. LogComplaint). The Hazards
/// module's PostOperation step on this contract reports the hazard in the same transaction; the message's result must
/// say which complaint it created (Intake's <c>ILoggedComplaint</c>).
/// </summary>
public interface IHazardNotice
{
    /// <summary>What the message says of a hazard; null when it mentions none.</summary>
    HazardNotice? Hazard { get; }
}

/// <summary>
/// A hazard mentioned in a message. <see cref="Kind"/> and <see cref="Emergency"/> are null when only a flag (health and
/// safety, safeguarding) was set: the profile says how such a report is treated until assessed. <see cref="Tenure"/>
/// is the tenancy's tenure as recorded on the case, null until the housing management system gives it.
/// </summary>
public sealed record HazardNotice(
    string? Kind, bool? Emergency, DateTimeOffset AwareAt, string? Tenure, string? PropertyReference, string ResidentReference, string Description, HazardFlags Flags);

/// <summary>Which of the message's flags mention a hazard.</summary>
[Flags]
public enum HazardFlags
{
    None = 0,
    Hazard = 1,
    HealthAndSafety = 2,
    Safeguarding = 4,
}
