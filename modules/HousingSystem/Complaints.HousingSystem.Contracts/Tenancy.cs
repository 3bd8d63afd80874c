namespace Complaints.HousingSystem.Contracts;

/// <summary>A tenancy or lease: its tenure type, when it started and the property it is for.</summary>
public sealed record Tenancy(string Reference, TenureType TenureType, DateOnly? StartDate, string? PropertyReference);

/// <summary>Tenure types of English social housing (the regulator's data returns use these).</summary>
public enum TenureType
{
    SocialRent,
    AffordableRent,
    IntermediateRent,
    SharedOwnership,
    Leasehold,
    TemporaryAccommodation,
    SupportedHousing,
    Other,
}
