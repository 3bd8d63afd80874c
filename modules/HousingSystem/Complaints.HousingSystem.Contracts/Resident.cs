namespace Complaints.HousingSystem.Contracts;

/// <summary>A resident as the HMS knows them: name, how they want to be contacted, what they have disclosed, their household.</summary>
public sealed record Resident(
    string Reference,
    string Name,
    ContactPreferences ContactPreferences,
    IReadOnlyList<string> Vulnerabilities,
    IReadOnlyList<string> ReasonableAdjustments,
    Household? Household,
    Tenancy? Tenancy = null);

/// <summary>How the resident wants to be contacted; any part may be missing.</summary>
public sealed record ContactPreferences(ContactMethod? PreferredMethod, string? Email, string? Phone, string? Language, string? Notes);

/// <summary>The ways the HMS records a preferred contact method.</summary>
public enum ContactMethod
{
    Email,
    Phone,
    Letter,
    TextMessage,
    InPerson,
}

/// <summary>The people living together under one tenancy.</summary>
public sealed record Household(string Reference, IReadOnlyList<HouseholdMember> Members);

public sealed record HouseholdMember(string ResidentReference, string Name, string? Relationship);
