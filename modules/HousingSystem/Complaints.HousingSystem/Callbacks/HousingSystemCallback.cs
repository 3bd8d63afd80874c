using Complaints.HousingSystem.Contracts;

namespace Complaints.HousingSystem.Callbacks;

/// <summary>
/// What the HMS tells us, one JSON object per request (wire shape in the README): <c>type</c> says which of the other
/// fields matter — "repair-status-changed" (jobReference, status, occurredAt), "resident-changed" (residentReference),
/// "property-changed" (propertyReference).
/// </summary>
internal sealed record HousingSystemCallback(
    CallbackType? Type,
    string? JobReference = null,
    RepairStatus? Status = null,
    DateTimeOffset? OccurredAt = null,
    string? ResidentReference = null,
    string? PropertyReference = null);

internal enum CallbackType
{
    RepairStatusChanged,
    ResidentChanged,
    PropertyChanged,
}
