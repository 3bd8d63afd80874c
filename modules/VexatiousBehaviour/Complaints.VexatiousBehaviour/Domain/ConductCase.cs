using Complaints.Kernel.Persistence;
using Complaints.VexatiousBehaviour.Contracts;

namespace Complaints.VexatiousBehaviour.Domain;

/// <summary>
/// A case about one resident's (or representative's) conduct: the incidents recorded, the warnings given, and every
/// letter sent. Restrictions decided on it live in their own table, read by every contact check.
/// </summary>
internal sealed class ConductCase : IVersioned
{
    public long Id { get; init; }

    /// <summary>E.g. <c>UBC-2026-000007</c>.</summary>
    public required string Reference { get; init; }

    public required string ResidentReference { get; init; }

    public string? RepresentativeName { get; init; }

    public required string Summary { get; init; }

    public required string OpenedBy { get; init; }

    public required DateTimeOffset OpenedAt { get; init; }

    public List<Incident> Incidents { get; set; } = [];

    public List<Warning> Warnings { get; set; } = [];

    public List<Letter> Letters { get; set; } = [];

    public int Version { get; set; }
}

internal sealed record Incident(
    int Number, DateTimeOffset OccurredAt, ContactChannel Channel, Behaviour Behaviour, string Description, string Evidence, Guid? ComplaintId, string RecordedBy);

internal sealed record Warning(int Number, WarningLevel Level, IReadOnlyList<Behaviour> Behaviours, string Consequences, string IssuedBy, DateTimeOffset IssuedAt);

/// <summary>A letter sent to the resident: what it was, its content or document reference, who sent it and when.</summary>
internal sealed record Letter(string Kind, string Content, string SentBy, DateTimeOffset SentAt);

/// <summary>The proto enum's numbers match these by design.</summary>
internal enum Behaviour
{
    AbusiveOrThreateningLanguage = 1,
    ExcessiveContact = 2,
    RepeatedlyChangingSubstance = 3,
    RefusingToAcceptDecisions = 4,
    UnsubstantiatedAllegations = 5,
    TrivialFocus = 6,
    PersistingAfterProcessExhausted = 7,
    NotIdentifyingIssues = 8,
    RefusingToCooperate = 9,
}

internal enum WarningLevel
{
    Informal = 1,
    Formal = 2,
}
