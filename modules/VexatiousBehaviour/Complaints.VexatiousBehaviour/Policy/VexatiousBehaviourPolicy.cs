using Complaints.VexatiousBehaviour.Domain;
using Microsoft.Extensions.Options;

namespace Complaints.VexatiousBehaviour.Policy;

/// <summary>The <c>vexatiousBehaviour</c> section of a policy profile: the panel, warnings, reviews and what may be restricted.</summary>
internal sealed class VexatiousBehaviourPolicy
{
    public const string Section = "vexatiousBehaviour";

    /// <summary>Panel members free of any conflict of interest needed for a decision.</summary>
    public int PanelQuorum { get; set; }

    public string PanelClause { get; set; } = "";

    /// <summary>The role a caller needs to record the panel's decisions (restrict, review, lift).</summary>
    public string PanelRole { get; set; } = "";

    /// <summary>The role a caller needs to decide an appeal (and they must not have sat on the panel).</summary>
    public string AppealRole { get; set; } = "";

    public WarningRequirement WarningBeforeRestriction { get; set; } = WarningRequirement.Formal;

    public string WarningClause { get; set; } = "";

    public ReviewPolicy Review { get; set; } = new();

    /// <summary>The longest a restriction may run from its start, or from a review that extends it.</summary>
    public int MaximumDurationMonths { get; set; }

    /// <summary>The behaviours the policy names; an incident must be one of them.</summary>
    public List<BehaviourPolicy> Behaviours { get; set; } = [];

    /// <summary>The restrictions the policy allows.</summary>
    public List<RestrictionType> RestrictionTypes { get; set; } = [];

    public string RestrictionsClause { get; set; } = "";
}

/// <summary>What must come before a restriction, unless an immediate risk is recorded.</summary>
internal enum WarningRequirement
{
    /// <summary>Any warning, informal or formal.</summary>
    Informal = 1,

    /// <summary>A formal warning in writing.</summary>
    Formal = 2,
}

/// <summary>How often a restriction is reviewed: every so many calendar months, or working days.</summary>
internal sealed class ReviewPolicy
{
    public int? Months { get; set; }

    public int? WorkingDays { get; set; }

    /// <summary>Working days before the review date when the work queue shows it due soon.</summary>
    public int DueSoonWorkingDays { get; set; }

    public string Clause { get; set; } = "";
}

internal sealed class BehaviourPolicy
{
    public Behaviour Code { get; set; }

    public string Clause { get; set; } = "";
}

internal sealed class VexatiousBehaviourPolicyValidator : IValidateOptions<VexatiousBehaviourPolicy>
{
    public ValidateOptionsResult Validate(string? name, VexatiousBehaviourPolicy policy)
    {
        var errors = new List<string>();
        if (policy.PanelQuorum < 1 || string.IsNullOrWhiteSpace(policy.PanelClause))
            errors.Add("vexatiousBehaviour.panelQuorum must be at least 1, with panelClause saying where it comes from.");
        if (string.IsNullOrWhiteSpace(policy.PanelRole) || string.IsNullOrWhiteSpace(policy.AppealRole))
            errors.Add("vexatiousBehaviour.panelRole and appealRole must name the roles that decide restrictions and appeals.");
        if (!Enum.IsDefined(policy.WarningBeforeRestriction) || string.IsNullOrWhiteSpace(policy.WarningClause))
            errors.Add("vexatiousBehaviour.warningBeforeRestriction must be Informal or Formal, with warningClause.");
        if ((policy.Review.Months is > 0) == (policy.Review.WorkingDays is > 0) || string.IsNullOrWhiteSpace(policy.Review.Clause))
            errors.Add("vexatiousBehaviour.review must give either months or workingDays (greater than zero), and its clause.");
        if (policy.MaximumDurationMonths < 1)
            errors.Add("vexatiousBehaviour.maximumDurationMonths must be at least 1.");
        if (policy.Behaviours.Count == 0 || policy.Behaviours.Any(b => !Enum.IsDefined(b.Code) || string.IsNullOrWhiteSpace(b.Clause)))
            errors.Add("vexatiousBehaviour.behaviours must list the policy's behaviours, each with its clause.");
        if (policy.RestrictionTypes.Count == 0 || string.IsNullOrWhiteSpace(policy.RestrictionsClause))
            errors.Add("vexatiousBehaviour.restrictionTypes must list what may be restricted, with restrictionsClause.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
