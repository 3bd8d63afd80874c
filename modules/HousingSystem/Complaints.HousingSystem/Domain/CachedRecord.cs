using Complaints.HousingSystem.Contracts;

namespace Complaints.HousingSystem.Domain;

/// <summary>
/// A record fetched from the HMS and kept: the whole record as JSON (read back whole, never queried), when it was
/// fetched, and whether the HMS has since said it changed (then the next read fetches it again).
/// </summary>
internal abstract class CachedRecord<T> where T : class
{
    public string Reference { get; set; } = "";

    public T Record { get; set; } = null!;

    public DateTimeOffset FetchedAt { get; set; }

    /// <summary>Set by the HMS's "changed" callback; the copy is still served while the HMS cannot be reached.</summary>
    public bool Expired { get; set; }
}

/// <summary>A resident with their household and tenancy, as last fetched.</summary>
internal sealed class CachedResident : CachedRecord<Resident>;

/// <summary>A property with its address, block and scheme, as last fetched.</summary>
internal sealed class CachedProperty : CachedRecord<Property>;
