using Complaints.Kernel.Pipeline;
using Complaints.VexatiousBehaviour.Contracts;

namespace Complaints.Investigation.CaseFile;

/// <summary>
/// Record a contact with the resident (message <c>RecordContact</c>); null enums are ones not given. Contact from the
/// resident passes the contact-restriction step, which may set <see cref="Routing"/>; it is recorded all the same.
/// </summary>
internal sealed record RecordContactCommand(
    Guid ComplaintId, ContactKind? Kind, ContactDirection? Direction, string Summary, DateTimeOffset? OccurredAt, ContactRouting? Routing = null)
    : ICommand<long>, IResidentContact
{
    public string? ContactResidentReference => null;

    /// <summary>Only contact from the resident is theirs to restrict; our own calls and letters are not.</summary>
    public Guid? ContactComplaintId => Direction == ContactDirection.FromResident ? ComplaintId : null;

    public VexatiousBehaviour.Contracts.ContactChannel ContactChannel => Kind switch
    {
        ContactKind.Call => VexatiousBehaviour.Contracts.ContactChannel.Phone,
        ContactKind.Meeting or ContactKind.Visit => VexatiousBehaviour.Contracts.ContactChannel.InPerson,
        ContactKind.Letter => VexatiousBehaviour.Contracts.ContactChannel.Letter,
        ContactKind.Email => VexatiousBehaviour.Contracts.ContactChannel.Email,
        ContactKind.TextMessage => VexatiousBehaviour.Contracts.ContactChannel.TextMessage,
        _ => VexatiousBehaviour.Contracts.ContactChannel.Unknown,
    };

    public bool UrgentMatter => false;

    public IResidentContact WithRouting(ContactRouting routing) => this with { Routing = routing };
}

/// <summary>Record a piece of evidence (message <c>RecordEvidence</c>).</summary>
internal sealed record RecordEvidenceCommand(Guid ComplaintId, EvidenceKind? Kind, string Title, string Location, string? Note, DateTimeOffset? OccurredAt)
    : ICommand<long>;
