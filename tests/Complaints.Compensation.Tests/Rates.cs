using Complaints.Compensation.Calculation;

namespace Complaints.Compensation.Tests;

/// <summary>
/// Two dated rates tables (the Ombudsman's from April 2026, a landlord's own from April 2027), the four bands, and a
/// safety limit far above any award the properties generate, so only the limit's own tests meet it.
/// </summary>
internal static class Rates
{
    public const long MaximumPence = 1_000_000_000_000;

    public static AwardCalculator Calculator() => new(Options(), MaximumPence);

    public static RatesOptions Options() => new()
    {
        RateTables =
        [
            Table("2026-04-01", ("MISSED_APPOINTMENT", 1500, "appointment"), ("LOSS_OF_HEATING_AND_HOT_WATER", 1500, "day")),
            Table("2027-04-01", ("MISSED_APPOINTMENT", 2000, "appointment"), ("LOSS_OF_HEATING_AND_HOT_WATER", 1800, "day")),
        ],
        Bands =
        [
            new RemedyBand { Name = "Service failure", UpToPence = 10000 },
            new RemedyBand { Name = "Maladministration", UpToPence = 60000 },
            new RemedyBand { Name = "Significant impact", UpToPence = 100000 },
            new RemedyBand { Name = "Severe maladministration" },
        ],
    };

    private static RatesTable Table(string from, params (string Code, long Pence, string Unit)[] rates) => new()
    {
        EffectiveFrom = from,
        Source = $"rates from {from}",
        Rates = rates.Select(r => new FixedRate { Code = r.Code, Description = r.Code, Unit = r.Unit, Pence = r.Pence }).ToList(),
    };
}
