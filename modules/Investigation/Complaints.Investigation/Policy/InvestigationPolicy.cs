using Microsoft.Extensions.Options;

namespace Complaints.Investigation.Policy;

/// <summary>The <c>investigation</c> section of a policy profile: who may handle each stage.</summary>
internal sealed class InvestigationPolicy
{
    public const string Section = "investigation";

    public ReviewerPolicy Stage2Reviewer { get; set; } = new();

    public MediationPolicy Mediation { get; set; } = new();
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
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
