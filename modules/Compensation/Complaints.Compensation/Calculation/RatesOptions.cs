using System.Globalization;
using Microsoft.Extensions.Options;

namespace Complaints.Compensation.Calculation;

/// <summary>
/// Configuration section <c>Compensation</c>: the dated fixed-sum rates tables and the remedy bands. The defaults in
/// appsettings.json are the Housing Ombudsman's; a landlord with its own rates adds a table dated when they start.
/// </summary>
internal sealed class RatesOptions
{
    public const string Section = "Compensation";

    public List<RatesTable> RateTables { get; set; } = [];

    /// <summary>Lowest first; each runs up to and including its <see cref="RemedyBand.UpToPence"/>; the last has none.</summary>
    public List<RemedyBand> Bands { get; set; } = [];

    /// <summary>The table in force on <paramref name="day"/>: the latest to have started by then; null before the first.</summary>
    public RatesTable? InForceOn(DateOnly day) =>
        RateTables.Where(t => t.EffectiveFromDay <= day).MaxBy(t => t.EffectiveFromDay);

    public RemedyBand BandFor(long totalPence) =>
        Bands.FirstOrDefault(b => b.UpToPence is null || totalPence <= b.UpToPence) ?? Bands[^1];
}

internal sealed class RatesTable
{
    /// <summary>yyyy-MM-dd.</summary>
    public string EffectiveFrom { get; set; } = "";

    public string Source { get; set; } = "";

    public List<FixedRate> Rates { get; set; } = [];

    public DateOnly EffectiveFromDay => DateOnly.ParseExact(EffectiveFrom, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>A fixed sum per unit, e.g. £15 a day without heating and hot water.</summary>
internal sealed class FixedRate
{
    public string Code { get; set; } = "";

    public string Description { get; set; } = "";

    public string Unit { get; set; } = "";

    public long Pence { get; set; }
}

internal sealed class RemedyBand
{
    public string Name { get; set; } = "";

    /// <summary>Inclusive; null for the top band.</summary>
    public long? UpToPence { get; set; }

    public string Guidance { get; set; } = "";
}

internal sealed class RatesOptionsValidator : IValidateOptions<RatesOptions>
{
    public ValidateOptionsResult Validate(string? name, RatesOptions options)
    {
        var errors = new List<string>();
        foreach (var table in options.RateTables)
        {
            if (!DateOnly.TryParseExact(table.EffectiveFrom, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                errors.Add($"Compensation:RateTables: effectiveFrom '{table.EffectiveFrom}' must be yyyy-MM-dd.");
            if (string.IsNullOrWhiteSpace(table.Source))
                errors.Add($"Compensation:RateTables '{table.EffectiveFrom}': say where the rates come from.");
            foreach (var rate in table.Rates.Where(r => string.IsNullOrWhiteSpace(r.Code) || r.Pence <= 0 || string.IsNullOrWhiteSpace(r.Unit)))
                errors.Add($"Compensation:RateTables '{table.EffectiveFrom}': rate '{rate.Code}' needs a code, a unit and a positive amount.");
        }
        if (options.RateTables.GroupBy(t => t.EffectiveFrom).Any(g => g.Count() > 1))
            errors.Add("Compensation:RateTables: one table per effectiveFrom day.");
        if (options.Bands.Count == 0)
            errors.Add("Compensation:Bands must list the remedy bands.");
        else
        {
            if (options.Bands[^1].UpToPence is not null || options.Bands.Take(options.Bands.Count - 1).Any(b => b.UpToPence is null))
                errors.Add("Compensation:Bands: only the last band is open-ended.");
            var limits = options.Bands.Where(b => b.UpToPence is not null).Select(b => b.UpToPence!.Value).ToList();
            if (!limits.SequenceEqual(limits.Order()) || limits.Distinct().Count() != limits.Count)
                errors.Add("Compensation:Bands must rise: each upToPence above the one before.");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
