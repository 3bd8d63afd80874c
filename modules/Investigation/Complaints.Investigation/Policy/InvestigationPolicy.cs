using Microsoft.Extensions.Options;

namespace Complaints.Investigation.Policy;

/// <summary>The <c>investigation</c> section of a policy profile: who may handle each stage.</summary>
internal sealed class InvestigationPolicy
{
    public const string Section = "investigation";

    /// <summary>Working days before a promised action's date when the work queue shows it due soon.</summary>
    public int ActionDueSoonWorkingDays { get; set; }

    public ReviewerPolicy Stage2Reviewer { get; set; } = new();

    public MediationPolicy Mediation { get; set; } = new();

    /// <summary>The policy's "speak to the customer within …" promises (VHA 5.2, 5.3; IVH stage 2); none under the Code.</summary>
    public List<ContactTargetPolicy> ContactTargets { get; set; } = [];

    public LetterheadPolicy Letterhead { get; set; } = new();

    /// <summary>The valid reasons the policy gives for refusing stage 2 (the Code: only valid reasons, in writing).</summary>
    public List<RefusalReason> EscalationRefusalReasons { get; set; } = [];

    /// <summary>The controlled lists a response's themes and root causes are chosen from (the annual report's learning).</summary>
    public LearningPolicy Learning { get; set; } = new();
}

internal sealed class LearningPolicy
{
    public List<LearningCode> Themes { get; set; } = [];

    public List<LearningCode> RootCauses { get; set; } = [];
}

/// <summary>One entry of a controlled list: a code and what it means.</summary>
internal sealed class LearningCode
{
    public string Code { get; set; } = "";

    public string Description { get; set; } = "";
}

/// <summary>A reason the policy allows for refusing to escalate, with its clause.</summary>
internal sealed class RefusalReason
{
    public string Code { get; set; } = "";

    public string Description { get; set; } = "";

    public string Clause { get; set; } = "";
}

/// <summary>How the landlord's letters look and are signed (the HTML letter's header and footer).</summary>
internal sealed class LetterheadPolicy
{
    public string Landlord { get; set; } = "";

    public string Address { get; set; } = "";

    /// <summary>A CSS colour for the header rule.</summary>
    public string Colour { get; set; } = "#333333";

    /// <summary>The closing lines, e.g. "Yours sincerely,\nCustomer Resolution Team".</summary>
    public string SignOff { get; set; } = "";
}

/// <summary>
/// A promise to be in touch with the resident by a time: counted in hours or in working days from receipt or from the
/// stage 2 request, met by a contact of the kinds named. Where the policy offers the written acknowledgement as the
/// alternative (VHA 5.2 "or ensure a written acknowledgement is sent"), that acknowledgement on time meets it too.
/// </summary>
internal sealed class ContactTargetPolicy
{
    /// <summary>E.g. "stage1.speakToResident".</summary>
    public string Name { get; set; } = "";

    public int? Hours { get; set; }

    public int? WorkingDays { get; set; }

    public ContactTargetStart From { get; set; }

    /// <summary>The contact kinds that meet it (spoken: call, meeting, visit).</summary>
    public List<CaseFile.ContactKind> MetBy { get; set; } = [];

    /// <summary>The lifecycle clock whose on-time finish also meets it (e.g. "stage1.acknowledge"); null when none.</summary>
    public string? OrClock { get; set; }

    public string Clause { get; set; } = "";
}

/// <summary>Where a contact target is counted from.</summary>
internal enum ContactTargetStart
{
    Receipt = 1,
    EscalationRequest = 2,
}

/// <summary>Whether the policy offers mediation during the complaint (THA 5.3: at any stage).</summary>
internal sealed class MediationPolicy
{
    public bool AtAnyStage { get; set; }

    public string Clause { get; set; } = "";
}

/// <summary>Who may review at stage 2.</summary>
internal sealed class ReviewerPolicy
{
    /// <summary>As the policy names it, e.g. "Head of Service".</summary>
    public string Role { get; set; } = "";

    /// <summary>The least seniority the reviewer must have; null when the policy sets none.</summary>
    public Seniority? MinimumSeniority { get; set; }

    /// <summary>The Code: the stage 2 handler must not be the stage 1 handler.</summary>
    public bool MustDifferFromStage1Handler { get; set; }

    /// <summary>Must not work in the service area complained about (Livin 8.16).</summary>
    public bool IndependentOfServiceArea { get; set; }

    public string Clause { get; set; } = "";
}

/// <summary>A ladder of seniority, lowest first, for the policies' "senior manager", "Head of Service" and the like.</summary>
internal enum Seniority
{
    Officer = 1,
    Manager = 2,
    SeniorManager = 3,
    HeadOfService = 4,
    Director = 5,
}

/// <summary>The Code's rule cannot be switched off by a profile.</summary>
internal sealed class InvestigationPolicyValidator : IValidateOptions<InvestigationPolicy>
{
    public ValidateOptionsResult Validate(string? name, InvestigationPolicy policy)
    {
        var errors = new List<string>();
        if (!policy.Stage2Reviewer.MustDifferFromStage1Handler)
            errors.Add("investigation.stage2Reviewer.mustDifferFromStage1Handler must be true: the Code requires a different stage 2 handler.");
        if (string.IsNullOrWhiteSpace(policy.Stage2Reviewer.Clause))
            errors.Add("investigation.stage2Reviewer.clause must quote the policy.");
        if (policy.EscalationRefusalReasons.Count == 0 || policy.EscalationRefusalReasons.Any(r => string.IsNullOrWhiteSpace(r.Code) || string.IsNullOrWhiteSpace(r.Clause)))
            errors.Add("investigation.escalationRefusalReasons must list the policy's valid reasons for refusing stage 2, each with a code and its clause.");
        if (string.IsNullOrWhiteSpace(policy.Letterhead.Landlord))
            errors.Add("investigation.letterhead.landlord must name the landlord its letters come from.");
        foreach (var (list, field) in new[] { (policy.Learning.Themes, "themes"), (policy.Learning.RootCauses, "rootCauses") })
        {
            if (list.Count == 0 || list.Any(c => string.IsNullOrWhiteSpace(c.Code) || string.IsNullOrWhiteSpace(c.Description)))
                errors.Add($"investigation.learning.{field} must list at least one entry, each with a code and a description.");
            errors.AddRange(list.GroupBy(c => c.Code).Where(g => g.Count() > 1).Select(g => $"investigation.learning.{field}: code '{g.Key}' appears {g.Count()} times."));
        }
        if (policy.ActionDueSoonWorkingDays < 0)
            errors.Add("investigation.actionDueSoonWorkingDays must not be negative.");
        foreach (var target in policy.ContactTargets)
        {
            var where = $"investigation.contactTargets '{target.Name}'";
            if (string.IsNullOrWhiteSpace(target.Name) || string.IsNullOrWhiteSpace(target.Clause))
                errors.Add($"{where} needs a name and the clause it quotes.");
            if ((target.Hours is > 0) == (target.WorkingDays is > 0))
                errors.Add($"{where} must give either hours or workingDays, greater than zero.");
            if (!Enum.IsDefined(target.From))
                errors.Add($"{where} must say where it counts from (Receipt or EscalationRequest).");
            if (target.MetBy.Count == 0)
                errors.Add($"{where} must name the contact kinds that meet it.");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
