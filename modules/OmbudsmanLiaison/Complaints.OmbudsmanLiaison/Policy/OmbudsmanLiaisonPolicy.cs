using Microsoft.Extensions.Options;

namespace Complaints.OmbudsmanLiaison.Policy;

/// <summary>The <c>ombudsmanLiaison</c> section of a policy profile: default deadlines when the Ombudsman's request or order sets none.</summary>
internal sealed class OmbudsmanLiaisonPolicy
{
    public const string Section = "ombudsmanLiaison";

    /// <summary>Working days to answer an evidence request (IDS 7.2: 15); null when the request must state its date.</summary>
    public int? EvidenceRequestWorkingDays { get; set; }

    public string EvidenceRequestClause { get; set; } = "";

    /// <summary>Calendar days after the determination an order is due when it states no date.</summary>
    public int OrderDefaultDays { get; set; }

    public string OrderDefaultClause { get; set; } = "";

    /// <summary>Working days before a due date when a deadline shows as due soon.</summary>
    public int DueSoonWorkingDays { get; set; } = 5;
}

internal sealed class OmbudsmanLiaisonPolicyValidator : IValidateOptions<OmbudsmanLiaisonPolicy>
{
    public ValidateOptionsResult Validate(string? name, OmbudsmanLiaisonPolicy policy)
    {
        var errors = new List<string>();
        if (policy.EvidenceRequestWorkingDays is <= 0 || string.IsNullOrWhiteSpace(policy.EvidenceRequestClause))
            errors.Add("ombudsmanLiaison.evidenceRequestWorkingDays must be positive or null, with evidenceRequestClause.");
        if (policy.OrderDefaultDays < 1 || string.IsNullOrWhiteSpace(policy.OrderDefaultClause))
            errors.Add("ombudsmanLiaison.orderDefaultDays must be at least 1, with orderDefaultClause.");
        if (policy.DueSoonWorkingDays < 0)
            errors.Add("ombudsmanLiaison.dueSoonWorkingDays must not be negative.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
