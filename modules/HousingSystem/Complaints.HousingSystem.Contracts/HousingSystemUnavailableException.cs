namespace Complaints.HousingSystem.Contracts;

/// <summary>The housing management system could not be asked: not configured, unreachable, too slow, or failing.</summary>
public sealed class HousingSystemUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
