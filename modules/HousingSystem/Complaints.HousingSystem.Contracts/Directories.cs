namespace Complaints.HousingSystem.Contracts;

/// <summary>
/// A record from the HMS as this product last fetched it. <see cref="FetchedAt"/> says how old it is: a record is
/// fetched again after <c>HousingSystem:CacheMaxAge</c> or when the HMS says it changed, and while the HMS cannot be
/// reached the last copy is served.
/// </summary>
public sealed record Cached<T>(T Record, DateTimeOffset FetchedAt);

/// <summary>Residents (with household and tenancy) as cached from the HMS. Joins the caller's unit of work.</summary>
public interface IResidentDirectory
{
    /// <summary>Null when the HMS has no such resident; <see cref="HousingSystemUnavailableException"/> when it cannot be asked and nothing is cached.</summary>
    Task<Cached<Resident>?> FindAsync(string residentReference, CancellationToken cancellationToken);
}

/// <summary>Properties as cached from the HMS. Joins the caller's unit of work.</summary>
public interface IPropertyDirectory
{
    /// <summary>Null when the HMS has no such property; <see cref="HousingSystemUnavailableException"/> when it cannot be asked and nothing is cached.</summary>
    Task<Cached<Property>?> FindAsync(string propertyReference, CancellationToken cancellationToken);
}
