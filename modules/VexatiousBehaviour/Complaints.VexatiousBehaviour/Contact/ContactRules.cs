using Complaints.VexatiousBehaviour.Contracts;
using Complaints.VexatiousBehaviour.Domain;

namespace Complaints.VexatiousBehaviour.Contact;

/// <summary>The answer to "may this resident contact us this way now?": allowed or redirected, the route, why, and the restrictions weighed.</summary>
internal sealed record ContactAnswer(bool Redirected, string PermittedRoute, string Reason, IReadOnlyList<string> Restrictions)
{
    public ContactRouting? Routing => Restrictions.Count == 0 ? null
        : new ContactRouting(string.Join(", ", Restrictions), Kinds, Redirected, PermittedRoute, Reason);

    public string Kinds { get; init; } = "";
}

/// <summary>
/// How each kind of restriction treats each channel. Nothing is refused: a contact outside the permitted route is
/// taken and redirected to it, and health and safety, safeguarding and emergency repairs always pass (DOMAIN: a
/// restriction shapes how someone is dealt with; it must not shut them out).
/// </summary>
internal static class ContactRules
{
    public static ContactAnswer Decide(IReadOnlyList<Restriction> inForce, ContactChannel channel, bool urgentMatter)
    {
        if (inForce.Count == 0)
            return new ContactAnswer(false, "", "No contact restriction is in force.", []);
        var references = inForce.Select(r => r.Reference).ToList();
        var kinds = string.Join(", ", inForce.Select(r => r.Type).Distinct());
        if (urgentMatter)
            return new ContactAnswer(false, "", "Health and safety, safeguarding and emergency repair matters are always accepted, whatever the restriction.", references) { Kinds = kinds };
        var answers = inForce.Select(r => For(r, channel)).ToList();
        var redirect = answers.FirstOrDefault(a => a.Redirected);
        var chosen = redirect ?? answers[0];
        return chosen with { Restrictions = references, Kinds = kinds };
    }

    private static ContactAnswer For(Restriction restriction, ContactChannel channel) => restriction.Type switch
    {
        RestrictionType.SinglePointOfContact =>
            Redirect(restriction, $"All contact goes through the single point of contact: {restriction.PermittedRoute}."),
        RestrictionType.WrittenContactOnly when channel is ContactChannel.Phone or ContactChannel.InPerson =>
            Redirect(restriction, $"Contact is in writing only: {restriction.PermittedRoute}. The {channel} contact is taken and answered in writing."),
        RestrictionType.NoVisits when channel == ContactChannel.InPerson =>
            Redirect(restriction, $"No visits without an appointment: {restriction.PermittedRoute}."),
        RestrictionType.LimitedCalls when channel == ContactChannel.Phone =>
            Allow(restriction, $"Calls are limited ({restriction.Details}); {restriction.PermittedRoute}."),
        RestrictionType.AnswerOnlyNewMatters =>
            Allow(restriction, "Read in full; answered only if it brings new information or a safeguarding or health and safety matter."),
        RestrictionType.NoEscalationOfAbusiveCorrespondence =>
            Allow(restriction, "Taken; abusive correspondence is not escalated."),
        _ => Allow(restriction, $"{restriction.Type} does not limit {channel} contact."),
    };

    private static ContactAnswer Redirect(Restriction restriction, string reason) => new(true, restriction.PermittedRoute, reason, []);

    private static ContactAnswer Allow(Restriction restriction, string reason) => new(false, "", reason, []);
}
