using Complaints.Hazards.Clocks;
using Complaints.Hazards.Contracts;
using Complaints.Hazards.Domain;
using Complaints.Hazards.Policy;
using Complaints.Kernel.Calendar;
using Microsoft.Extensions.Configuration;

namespace Complaints.Hazards.Tests;

/// <summary>The calculator under a shipped profile's hazards section (never numbers copied into the test), and hazards to run it on.</summary>
internal static class HazardClocks
{
    private static readonly WorkingDayCalendar Calendar = new(BankHolidayCalendar.LoadDefault());

    public static HazardsPolicy Policy(string profile = "code2024")
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "PolicyProfiles", $"{profile}.json"), optional: false)
            .Build();
        var policy = new HazardsPolicy();
        configuration.GetSection(HazardsPolicy.Section).Bind(policy, binder => binder.ErrorOnUnknownConfiguration = true);
        return policy;
    }

    public static HazardClockCalculator Calculator(string profile = "code2024") => new(Policy(profile), Calendar);

    public static Hazard Emergency(DateTimeOffset awareAt) =>
        new() { Id = 1, Reference = "HAZ-2026-000001", Kind = "electrical-hazards", Emergency = true, AwareAt = awareAt };

    public static Hazard DampAndMould(DateTimeOffset awareAt) =>
        new() { Id = 2, Reference = "HAZ-2026-000002", Kind = "damp-and-mould", Emergency = false, AwareAt = awareAt };

    public static Investigation FoundHazard(DateTimeOffset endedAt) => new(endedAt, "J. Surveyor", "Black mould in the bedroom", HazardFound: true, "officer");

    public static HazardClockSummary Clock(this IReadOnlyList<HazardClockSummary> clocks, string name) => Assert.Single(clocks, c => c.Name == name);

    /// <summary>An instant given in UTC (London is on GMT in December and January, so the wall clock reads the same).</summary>
    public static DateTimeOffset Utc(int year, int month, int day, int hour = 0, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);
}
