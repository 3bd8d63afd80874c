using Microsoft.Extensions.Options;

namespace Complaints.HousingSystem.Policy;

/// <summary>The <c>housingSystem</c> section of a policy profile: when complaints about one home count as repeat complaints.</summary>
internal sealed class HousingSystemPolicy
{
    public const string Section = "housingSystem";

    public RepeatComplaintsPolicy RepeatComplaints { get; set; } = new();

    /// <summary>The stock type each tenure type implies, for reporting; a tenure not listed implies <c>Other</c>.</summary>
    public Dictionary<Contracts.TenureType, Contracts.StockType> StockTypeByTenure { get; set; } = [];
}

/// <summary>A property has repeat complaints when at least <see cref="MinimumComplaints"/> were received within the last <see cref="WindowDays"/> days.</summary>
internal sealed class RepeatComplaintsPolicy
{
    public int WindowDays { get; set; }

    public int MinimumComplaints { get; set; }

    public string Clause { get; set; } = "";
}

internal sealed class HousingSystemPolicyValidator : IValidateOptions<HousingSystemPolicy>
{
    public ValidateOptionsResult Validate(string? name, HousingSystemPolicy policy)
    {
        var repeat = policy.RepeatComplaints;
        var errors = new List<string>();
        if (!(repeat.WindowDays >= 1 && repeat.MinimumComplaints >= 2 && !string.IsNullOrWhiteSpace(repeat.Clause)))
            errors.Add("housingSystem.repeatComplaints must give windowDays (at least 1), minimumComplaints (at least 2) and its clause.");
        if (policy.StockTypeByTenure.Count == 0)
            errors.Add("housingSystem.stockTypeByTenure must map the tenure types to stock types (LowCostRental, LowCostHomeOwnership, Other).");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
