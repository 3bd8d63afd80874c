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
    string? Category = null) : ICommand<LoggedComplaint>, IIdempotentCommand, IResidentContact
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
}

/// <summary>The new complaint's id and reference.</summary>
internal sealed record LoggedComplaint(Guid Id, string Reference);
