namespace Complaints.Workspace.Pages;

/// <summary>
/// What the Code asks a stage 1 response to set out (section 5: the complaint stage, the complaint definition, the
/// decision on each point and the reasons, any remedy, outstanding actions, how to escalate), checked against the
/// draft: each item met or the gap named, before the response is issued.
/// </summary>
public static class ResponseChecklist
{
    public sealed record Item(string Requirement, bool Met, string Gap);

    public static IReadOnlyList<Item> Check(RespondModel.ResponseForm form, int points)
    {
        var decided = form.Decisions.Count(d => !string.IsNullOrWhiteSpace(d.Outcome));
        var reasoned = form.Decisions.Count(d => !string.IsNullOrWhiteSpace(d.Outcome) && !string.IsNullOrWhiteSpace(d.Reasons));
        return
        [
            new("The complaint stage", true, ""),
            new("The complaint definition", !string.IsNullOrWhiteSpace(form.Definition), "No complaint definition"),
            new("A decision on each point", decided >= Math.Max(points, 1), $"{Math.Max(points, 1) - decided} point(s) without a decision"),
            new("The reasons for each decision", reasoned == decided && decided > 0, "A decision without its reasons"),
            new("Any remedy to put things right", !string.IsNullOrWhiteSpace(form.Apology) || form.CompensationPounds > 0 || !form.AnyUpheld,
                "Upheld, but no apology or other remedy offered"),
            new("Any outstanding actions", true, ""),
            new("How to escalate to stage 2", !string.IsNullOrWhiteSpace(form.EscalationInformation), "No escalation details"),
        ];
    }
}
