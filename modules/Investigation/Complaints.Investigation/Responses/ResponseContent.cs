using Complaints.Kernel.Errors;

namespace Complaints.Investigation.Responses;

/// <summary>What the Code says a response must contain, checked field by field.</summary>
internal static class ResponseContent
{
    public static List<FieldViolation> Check(IssueResponseCommand command, IReadOnlyList<string> recordedPoints)
    {
        var violations = new List<FieldViolation>();
        if (command.Stage is not (1 or 2))
            violations.Add(new FieldViolation("stage", "must be 1 or 2"));
        if (string.IsNullOrWhiteSpace(command.ComplaintDefinition))
            violations.Add(new FieldViolation("complaint_definition", "must restate the complaint as defined"));
        if (command.Decisions.Count == 0)
            violations.Add(new FieldViolation("decisions", "must decide at least one point"));
        for (var i = 0; i < command.Decisions.Count; i++)
        {
            var (point, outcome, reasons) = (command.Decisions[i].Point, command.Decisions[i].Outcome, command.Decisions[i].Reasons);
            if (string.IsNullOrWhiteSpace(point))
                violations.Add(new FieldViolation($"decisions[{i}].point", "must say which point is decided"));
            if (outcome is null)
                violations.Add(new FieldViolation($"decisions[{i}].outcome", "must be upheld, partly upheld or not upheld"));
            if (string.IsNullOrWhiteSpace(reasons))
                violations.Add(new FieldViolation($"decisions[{i}].reasons", "must give the reasons for the decision"));
        }
        var decided = command.Decisions.Select(d => d.Point.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var missing in recordedPoints.Where(p => !decided.Contains(p.Trim())))
            violations.Add(new FieldViolation("decisions", $"no decision on the point '{missing}'"));
        for (var i = 0; i < command.Remedies.Count; i++)
        {
            var (kind, description, amount, award) = (command.Remedies[i].Kind, command.Remedies[i].Description, command.Remedies[i].AmountPence, command.Remedies[i].AwardId);
            if (kind is null)
                violations.Add(new FieldViolation($"remedies[{i}].kind", "must say what kind of remedy"));
            if (string.IsNullOrWhiteSpace(description))
                violations.Add(new FieldViolation($"remedies[{i}].description", "must describe the remedy"));
            if (kind == RemedyKind.Compensation && amount is not > 0 && award is null)
                violations.Add(new FieldViolation($"remedies[{i}].amount_pence", "compensation must state an amount, or name its award"));
            if (award is not null && kind != RemedyKind.Compensation)
                violations.Add(new FieldViolation($"remedies[{i}].award_id", "only a compensation remedy names an award"));
        }
        for (var i = 0; i < command.OutstandingActions.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(command.OutstandingActions[i].Description))
                violations.Add(new FieldViolation($"outstanding_actions[{i}].description", "must describe the action"));
            if (command.OutstandingActions[i].DueOn is null)
                violations.Add(new FieldViolation($"outstanding_actions[{i}].due_on", "must say when it will be done (yyyy-MM-dd)"));
        }
        if (string.IsNullOrWhiteSpace(command.EscalationInformation))
            violations.Add(new FieldViolation("escalation_information", command.Stage == 2
                ? "must tell the resident how to go to the Housing Ombudsman"
                : "must tell the resident how to escalate to stage 2"));
        return violations;
    }
}
