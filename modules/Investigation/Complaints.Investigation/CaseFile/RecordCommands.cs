using Complaints.Kernel.Pipeline;

namespace Complaints.Investigation.CaseFile;

/// <summary>Record a contact with the resident (message <c>RecordContact</c>); null enums are ones not given.</summary>
internal sealed record RecordContactCommand(Guid ComplaintId, ContactKind? Kind, ContactDirection? Direction, string Summary, DateTimeOffset? OccurredAt)
    : ICommand<long>;

/// <summary>Record a piece of evidence (message <c>RecordEvidence</c>).</summary>
internal sealed record RecordEvidenceCommand(Guid ComplaintId, EvidenceKind? Kind, string Title, string Location, string? Note, DateTimeOffset? OccurredAt)
    : ICommand<long>;
