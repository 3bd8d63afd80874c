using Complaints.HousingSystem.Contracts;
using Complaints.HousingSystem.Domain;

namespace Complaints.HousingSystem.Cache;

/// <summary>Residents from the HMS, each fetched with their tenancy (a resident without one is still a resident).</summary>
internal sealed class ResidentDirectory(RecordCache cache, IHousingSystem housingSystem) : IResidentDirectory
{
    public Task<Cached<Resident>?> FindAsync(string residentReference, CancellationToken cancellationToken) =>
        cache.FindAsync<CachedResident, Resident>(residentReference, async token =>
        {
            var resident = await housingSystem.GetResidentAsync(residentReference, token);
            return resident is null ? null : resident with { Tenancy = await housingSystem.GetTenancyAsync(residentReference, token) };
        }, cancellationToken);
}
