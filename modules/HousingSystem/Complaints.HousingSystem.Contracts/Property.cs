namespace Complaints.HousingSystem.Contracts;

/// <summary>A home as the HMS knows it: its address, and the block and scheme it belongs to (when it does).</summary>
public sealed record Property(string Reference, Address Address, NamedPlace? Block, NamedPlace? Scheme);

public sealed record Address(string Line1, string? Line2, string? Town, string Postcode);

/// <summary>A block or a scheme: its reference in the HMS and its name.</summary>
public sealed record NamedPlace(string Reference, string Name);
