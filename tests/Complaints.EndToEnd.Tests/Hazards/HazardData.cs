using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.Hazards.Api.V1;
using Google.Protobuf.WellKnownTypes;

namespace Complaints.EndToEnd.Tests.Hazards;

/// <summary>Hazard reports for the tests, aware a while ago so every step can be dated between then and now.</summary>
public static class HazardData
{
    public static ReportHazardRequest Significant(string property = "PROP-HAZ-1", TimeSpan? awareAgo = null) => new()
    {
        Source = HazardSource.Survey,
        SourceReference = "SURVEY-2026-01",
        PropertyReference = property,
        ResidentReference = "TEN-000123",
        Kind = "damp-and-mould",
        Category = HazardCategory.Significant,
        AwareAt = Ago(awareAgo ?? TimeSpan.FromHours(6)),
        Tenure = "SocialRent",
        Description = "Black mould spreading across the bedroom ceiling",
    };

    public static ReportHazardRequest Emergency(TimeSpan? awareAgo = null) => new()
    {
        Source = HazardSource.Repair,
        SourceReference = "JOB-77",
        PropertyReference = "PROP-HAZ-2",
        Kind = "electrical-hazards",
        Category = HazardCategory.Emergency,
        AwareAt = Ago(awareAgo ?? TimeSpan.FromHours(3)),
        Description = "Exposed live wiring at the consumer unit",
    };

    /// <summary>An instant <paramref name="ago"/> before now, in whole seconds.</summary>
    public static Timestamp Ago(TimeSpan ago) => When.AheadOfUs(-ago);

    public static HazardClock Clock(this Hazard hazard, string name) => Assert.Single(hazard.Clocks, c => c.Name == name);
}
