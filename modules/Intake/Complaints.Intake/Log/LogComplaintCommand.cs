using Complaints.Hazards.Contracts;
using Complaints.Intake.Domain;
using Complaints.Kernel.Pipeline;
using Complaints.VexatiousBehaviour.Contracts;

namespace Complaints.Intake.Log;

/// <summary>Log an expression of dissatisfaction as a complaint (message <c>LogComplaint</c>).</summary>
internal sealed record LogComplaintCommand(
    ComplaintChannel? Channel,
    string Description,
    string ResidentReference,
    DateTimeOffset? ReceivedAt,
    string? IdempotencyKey,
    DateTimeOffset? IssueOccurredAt = null,
    DateTimeOffset? ResidentAwareAt = null,
    bool Safeguarding = false,
    bool HealthAndSafety = false,
    bool BuildingSafety = false,
    bool Anonymous = false,
    IReadOnlyList<string>? Points = null,
    string? DesiredOutcome = null,
    Representative? Representative = null,
    IReadOnlyList<string>? ReasonableAdjustments = null,
    IReadOnlyList<string>? Vulnerabilities = null,
    Guid? ServiceRequestId = null,
    ContactRouting? Routing = null,
    string? PropertyReference = null,
    string? Category = null, HazardMention? HazardMention = null) : ICommand<LoggedComplaint>, IIdempotentCommand, IResidentContact, IHazardNotice
{
    public string? ContactResidentReference => Anonymous ? null : ResidentReference;

    public Guid? ContactComplaintId => null;

    public ContactChannel ContactChannel => Channel switch
    {
        ComplaintChannel.Phone => ContactChannel.Phone,
        ComplaintChannel.Email => ContactChannel.Email,
        ComplaintChannel.Letter => ContactChannel.Letter,
        ComplaintChannel.Web or ComplaintChannel.App or ComplaintChannel.LiveChat => ContactChannel.Web,
        ComplaintChannel.SocialMedia => ContactChannel.SocialMedia,
        ComplaintChannel.InPerson => ContactChannel.InPerson,
        _ => ContactChannel.Unknown, // an MP, councillor or advocate speaks for the resident: their own route
    };

    public bool UrgentMatter => Safeguarding || HealthAndSafety;

    public IResidentContact WithRouting(ContactRouting routing) => this with { Routing = routing };

    /// <summary>
    /// A hazard the complaint tells the landlord of (its hazard flag, or the safeguarding or health and safety flag): the
    /// landlord is aware from the moment the complaint was received. The Hazards module decides which flags count.
    /// </summary>
    public HazardNotice? Hazard
    {
        get
        {
            var flags = (HazardMention is null ? HazardFlags.None : HazardFlags.Hazard)
                | (HealthAndSafety ? HazardFlags.HealthAndSafety : HazardFlags.None)
                | (Safeguarding ? HazardFlags.Safeguarding : HazardFlags.None);
            if (flags == HazardFlags.None || ReceivedAt is not { } receivedAt)
                return null;
            return new HazardNotice(HazardMention?.Kind, HazardMention?.Emergency, receivedAt, HazardMention?.Tenure, PropertyReference,
                Anonymous ? "" : ResidentReference, Description, flags);
        }
    }
}

/// <summary>The complaint's hazard flag: the kind and category when known (null until assessed), and the tenure as recorded on the case.</summary>
internal sealed record HazardMention(string? Kind, bool? Emergency, string? Tenure);

/// <summary>The new complaint's id and reference.</summary>
internal sealed record LoggedComplaint(Guid Id, string Reference) : Contracts.ILoggedComplaint
{
    public Guid ComplaintId => Id;
}
