using Complaints.HousingSystem.Contracts;
using Complaints.HousingSystem.Domain;

namespace Complaints.HousingSystem.Cache;

/// <summary>Properties from the HMS, with their address, block and scheme.</summary>
internal sealed class PropertyDirectory(RecordCache cache, IHousingSystem housingSystem) : IPropertyDirectory
{
    public Task<Cached<Property>?> FindAsync(string propertyReference, CancellationToken cancellationToken) =>
        cache.FindAsync<CachedProperty, Property>(propertyReference, token => housingSystem.GetPropertyAsync(propertyReference, token), cancellationToken);
}
