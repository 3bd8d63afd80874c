namespace Complaints.VexatiousBehaviour.Contracts;

/// <summary>
/// Implemented by every command that carries contact from a resident (logging a complaint, a call recorded on a
/// case). The unacceptable-behaviour module's PreValidation step reads it and, where a restriction is in force, hands
/// back the command with <see cref="Routing"/> set: the contact is still taken — flagged and routed, never refused.
/// </summary>
public interface IResidentContact
{
    /// <summary>Who is in contact, when the message says; otherwise <see cref="ContactComplaintId"/> identifies them.</summary>
    string? ContactResidentReference { get; }

    /// <summary>The complaint the contact is about, whose resident it is; null for a new complaint.</summary>
    Guid? ContactComplaintId { get; }

    ContactChannel ContactChannel { get; }

    /// <summary>Health and safety, safeguarding or an emergency repair: always accepted, whatever the restriction.</summary>
    bool UrgentMatter { get; }

    /// <summary>Set by the restriction step; null when no restriction applied.</summary>
    ContactRouting? Routing { get; }

    /// <summary>The same command with <paramref name="routing"/> set (records: <c>this with { Routing = routing }</c>).</summary>
    IResidentContact WithRouting(ContactRouting routing);
}

/// <summary>How the resident was in touch. Numbers match the proto enums of the modules that carry it.</summary>
public enum ContactChannel
{
    Unknown = 0,
    Phone = 1,
    Email = 2,
    Letter = 3,
    InPerson = 4,
    Web = 5,
    SocialMedia = 6,
    TextMessage = 7,
}

/// <summary>
/// A restriction's effect on one contact: which restriction, what it is, the route the contact was sent to instead,
/// and why. <see cref="Redirected"/> is false when the restriction was noted but the channel is allowed.
/// </summary>
public sealed record ContactRouting(string RestrictionReference, string Restriction, bool Redirected, string PermittedRoute, string Reason);
