using Microsoft.Extensions.Options;

namespace Complaints.Compensation.Policy;

/// <summary>
/// The <c>compensation</c> section of a policy profile: who may approve how much, whether awards may be set against
/// arrears, and the safety limit on any amount.
/// </summary>
internal sealed class CompensationPolicy
{
    public const string Section = "compensation";

    /// <summary>
    /// The largest amount, in pence, any one line, award total or payment may be: a safety limit, not policy. It keeps
    /// every sum far inside what a long holds, so a mistyped or hostile number is refused rather than wrapped.
    /// </summary>
    public long MaximumAwardPence { get; set; }

    /// <summary>Why the limit is what it is (the profiles say: a safety limit, not policy).</summary>
    public string MaximumAwardClause { get; set; } = "";

    /// <summary>Each role's approval limit; holding any of these roles is what makes someone a compensation officer.</summary>
    public List<AuthorityLimit> AuthorityLimits { get; set; } = [];

    public RentArrearsOffsetPolicy RentArrearsOffset { get; set; } = new();

    /// <summary>How soon an accepted award is to be paid, for the work queue.</summary>
    public PaymentPolicy Payment { get; set; } = new();

    /// <summary>The limit for an approver holding <paramref name="roles"/>: the highest of theirs; null means no upper limit.</summary>
    public (bool HasRole, long? UpToPence) LimitFor(IEnumerable<string> roles)
    {
        var held = AuthorityLimits.Where(l => roles.Contains(l.Role, StringComparer.Ordinal)).ToList();
        if (held.Count == 0)
            return (false, 0);
        return held.Any(l => l.UpToPence is null) ? (true, null) : (true, held.Max(l => l.UpToPence));
    }

    public bool IsCompensationRole(IEnumerable<string> roles) => LimitFor(roles).HasRole;
}

/// <summary>A role and the largest total it may approve (null: any amount).</summary>
internal sealed class AuthorityLimit
{
    public string Role { get; set; } = "";

    public long? UpToPence { get; set; }

    public string Clause { get; set; } = "";
}

/// <summary>Working days from acceptance (or an Ombudsman order's approval) to pay an award, and when it shows due soon.</summary>
internal sealed class PaymentPolicy
{
    public int WorkingDays { get; set; }

    public int DueSoonWorkingDays { get; set; }

    public string Clause { get; set; } = "";
}

/// <summary>Whether an award may be set against rent arrears, and on what terms.</summary>
internal sealed class RentArrearsOffsetPolicy
{
    public bool Allowed { get; set; }

    public bool RequiresResidentAgreement { get; set; } = true;

    public string Clause { get; set; } = "";
}

internal sealed class CompensationPolicyValidator : IValidateOptions<CompensationPolicy>
{
    public ValidateOptionsResult Validate(string? name, CompensationPolicy policy)
    {
        var errors = new List<string>();
        if (policy.MaximumAwardPence <= 0)
            errors.Add("compensation.maximumAwardPence must be positive: the safety limit on any line, award or payment.");
        if (string.IsNullOrWhiteSpace(policy.MaximumAwardClause))
            errors.Add("compensation.maximumAwardClause must say what the limit is (a safety limit, not policy).");
        if (policy.Payment.WorkingDays < 1 || policy.Payment.DueSoonWorkingDays < 0 || string.IsNullOrWhiteSpace(policy.Payment.Clause))
            errors.Add("compensation.payment needs workingDays (at least 1), dueSoonWorkingDays (not negative) and its clause.");
        if (policy.AuthorityLimits.Count == 0)
            errors.Add("compensation.authorityLimits must name at least one role and its limit.");
        foreach (var limit in policy.AuthorityLimits)
        {
            if (string.IsNullOrWhiteSpace(limit.Role) || string.IsNullOrWhiteSpace(limit.Clause))
                errors.Add("compensation.authorityLimits: every limit needs a role and the clause (or reading) it comes from.");
            if (limit.UpToPence is <= 0)
                errors.Add($"compensation.authorityLimits '{limit.Role}': upToPence must be positive, or null for no limit.");
            // Most likely a limit in pounds, or a safety limit set too low: either way no award could use it in full.
            if (limit.UpToPence > policy.MaximumAwardPence && policy.MaximumAwardPence > 0)
                errors.Add($"compensation.authorityLimits '{limit.Role}': upToPence is above maximumAwardPence, which no award may pass.");
        }
        if (policy.AuthorityLimits.GroupBy(l => l.Role).Any(g => g.Count() > 1))
            errors.Add("compensation.authorityLimits: each role once.");
        if (string.IsNullOrWhiteSpace(policy.RentArrearsOffset.Clause))
            errors.Add("compensation.rentArrearsOffset.clause must say where the rule comes from.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
