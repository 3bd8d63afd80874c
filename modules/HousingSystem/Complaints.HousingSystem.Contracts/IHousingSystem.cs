namespace Complaints.HousingSystem.Contracts;

/// <summary>
/// The adapter contract: what a landlord's housing management system (HMS) provides. A null answer means the HMS does
/// not know the reference; a <see cref="HousingSystemUnavailableException"/> means it could not be asked (down, slow,
/// misconfigured), which callers treat as "try again later", never as "no such thing".
/// </summary>
public interface IHousingSystem
{
    /// <summary>A resident and their household, by the resident's reference in the HMS.</summary>
    Task<Resident?> GetResidentAsync(string residentReference, CancellationToken cancellationToken);

    /// <summary>The tenancy the resident holds (or is a member of), with its tenure type.</summary>
    Task<Tenancy?> GetTenancyAsync(string residentReference, CancellationToken cancellationToken);

    Task<Property?> GetPropertyAsync(string propertyReference, CancellationToken cancellationToken);

    /// <summary>Raises a repair job in the HMS; its status changes come back as callbacks.</summary>
    Task<RepairJob> RaiseRepairAsync(RepairRequest request, CancellationToken cancellationToken);

    Task<RepairJob?> GetRepairAsync(string jobReference, CancellationToken cancellationToken);
}
