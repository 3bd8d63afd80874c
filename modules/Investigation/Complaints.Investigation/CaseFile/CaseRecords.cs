namespace Complaints.Investigation.CaseFile;

/// <summary>A contact with the resident (or their representative): the Code asks for a full record of correspondence.</summary>
internal sealed class Contact
{
    public long Id { get; init; }

    public required Guid ComplaintId { get; init; }

    public required ContactKind Kind { get; init; }

    public required ContactDirection Direction { get; init; }

    public required string Summary { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }

    public required string RecordedBy { get; init; }

    /// <summary>How a contact restriction in force routed it (recorded all the same); null when none applied.</summary>
    public VexatiousBehaviour.Contracts.ContactRouting? Routing { get; init; }
}

/// <summary>A document, photo, recording or note gathered for the investigation; the file itself lives elsewhere.</summary>
internal sealed class Evidence
{
    public long Id { get; init; }

    public required Guid ComplaintId { get; init; }

    public required EvidenceKind Kind { get; init; }

    public required string Title { get; init; }

    /// <summary>Where it is kept: a document-store id or URL.</summary>
    public required string Location { get; init; }

    public string? Note { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }

    public required string RecordedBy { get; init; }
}

/// <summary>The proto enums' numbers match these by design.</summary>
internal enum ContactKind
{
    Call = 1,
    Meeting = 2,
    Visit = 3,
    Letter = 4,
    Email = 5,
    TextMessage = 6,
}

internal enum ContactDirection
{
    FromResident = 1,
    ToResident = 2,
}

internal enum EvidenceKind
{
    Document = 1,
    Photo = 2,
    Recording = 3,
    Note = 4,
}
