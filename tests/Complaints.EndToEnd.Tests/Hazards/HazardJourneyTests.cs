using Complaints.Common.V1;
using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.Hazards.Api.V1;
using static Complaints.EndToEnd.Tests.Hazards.HazardData;

namespace Complaints.EndToEnd.Tests.Hazards;

/// <summary>Every HazardsService write and read on its happy path, over gRPC, on SQLite and PostgreSQL.</summary>
public sealed class HazardJourneyTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Emergency_InvestigatedAndMadeSafe_MeetsBothClocksInHours(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);
        var reported = (await host.Hazards.ReportHazardAsync(Emergency(TimeSpan.FromHours(3))).ResponseAsync).Hazard;

        var investigated = (await host.Hazards.RecordInvestigationAsync(new RecordInvestigationRequest
        {
            HazardId = reported.Id, EndedAt = Ago(TimeSpan.FromHours(2)), Investigator = "Qualified electrician", Findings = "Live conductors exposed", HazardFound = true,
        }).ResponseAsync).Hazard;
        var madeSafe = (await host.Hazards.RecordSafetyWorkAsync(new RecordSafetyWorkRequest
        {
            HazardId = reported.Id, CompletedAt = Ago(TimeSpan.FromHours(1)), Details = "Circuit isolated and cover fitted",
        }).ResponseAsync).Hazard;

        Assert.Matches(@"^HAZ-\d{4}-\d{6}$", reported.Reference);
        Assert.Equal(reported.AwareAt.ToDateTimeOffset().AddHours(24), reported.Clock("emergency.makeSafe").DueAt.ToDateTimeOffset());
        Assert.Equal(ClockStatus.OnTrack, reported.Clock("emergency.investigate").Status);
        Assert.Equal(ClockStatus.MetOnTime, investigated.Clock("emergency.investigate").Status);
        Assert.Equal(ClockStatus.MetOnTime, madeSafe.Clock("emergency.makeSafe").Status);
        Assert.Contains("SI 2025/1042", madeSafe.Clock("emergency.makeSafe").Regulation);
        Assert.Equal("Circuit isolated and cover fitted", madeSafe.SafetyWork.Details);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Significant_FromInvestigationToFurtherWork_RecordsEveryStep(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);
        var id = (await host.Hazards.ReportHazardAsync(Significant("PROP-SIG-1", TimeSpan.FromHours(10))).ResponseAsync).Hazard.Id;

        await host.Hazards.RecordInvestigationAsync(new RecordInvestigationRequest
        {
            HazardId = id, EndedAt = Ago(TimeSpan.FromHours(8)), Investigator = "Damp surveyor", Findings = "Condensation mould; failed extractor", HazardFound = true,
        }).ResponseAsync;
        await host.Hazards.RecordSummarySentAsync(new RecordSummarySentRequest { HazardId = id, SentAt = Ago(TimeSpan.FromHours(7)), Summary = "Letter ref L-1" }).ResponseAsync;
        await host.Hazards.RecordSafetyWorkAsync(new RecordSafetyWorkRequest { HazardId = id, CompletedAt = Ago(TimeSpan.FromHours(6)), Details = "Mould wash" }).ResponseAsync;
        var steps = (await host.Hazards.RecordFurtherWorkAsync(new RecordFurtherWorkRequest
        {
            HazardId = id, StepsTakenAt = Ago(TimeSpan.FromHours(5)), StepsTaken = "Ordered a new extractor (six-week lead time)", Details = "Replace extractor",
        }).ResponseAsync).Hazard;
        var started = (await host.Hazards.RecordFurtherWorkAsync(new RecordFurtherWorkRequest
        {
            HazardId = id, PhysicallyStartedAt = Ago(TimeSpan.FromHours(1)),
        }).ResponseAsync).Hazard;
        var byProperty = (await host.Hazards.ListHazardsAsync(new ListHazardsRequest { PropertyReference = "PROP-SIG-1" }).ResponseAsync).Hazards;
        var got = (await host.Hazards.GetHazardAsync(new GetHazardRequest { HazardId = id }).ResponseAsync).Hazard;

        Assert.Equal(["significant.investigate", "significant.summary", "significant.safetyWork", "significant.furtherWorkBegin", "significant.furtherWorkPhysicalStart"],
            steps.Clocks.Select(c => c.Name));
        Assert.Equal(ClockStatus.OnTrack, steps.Clock("significant.furtherWorkPhysicalStart").Status);
        Assert.All(started.Clocks, c => Assert.Equal(ClockStatus.MetOnTime, c.Status));
        Assert.Equal("Replace extractor", started.FurtherWork.Details);
        Assert.Equal(id, Assert.Single(byProperty).Id);
        Assert.Equal(("Condensation mould; failed extractor", true), (got.Investigation.Findings, got.Investigation.HazardFound));
        Assert.NotNull(got.SummarySentAt);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task NoAccess_RecordedAttemptsThenConsentNotObtained_StopsTheClocks(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);
        var id = (await host.Hazards.ReportHazardAsync(Significant()).ResponseAsync).Hazard.Id;
        foreach (var (ago, method) in new[] { (5, AccessMethod.Visit), (4, AccessMethod.Phone) })
            await host.Hazards.RecordAccessAttemptAsync(new RecordAccessAttemptRequest
            {
                HazardId = id, AttemptedAt = Ago(TimeSpan.FromHours(ago)), Method = method, Outcome = AccessOutcome.NoAnswer, Notes = "Card left",
            }).ResponseAsync;

        var stopped = (await host.Hazards.StopClockAsync(new StopClockRequest
        {
            HazardId = id, Reason = StopReason.ConsentNotObtained, Evidence = "Freeholder refused scaffold consent: letters 1-3",
        }).ResponseAsync).Hazard;

        Assert.Equal(2, stopped.AccessAttempts.Count);
        Assert.Equal((StopReason.ConsentNotObtained, AccessMethod.Phone), (stopped.Stopped.Reason, stopped.AccessAttempts[1].Method));
        Assert.Equal(ClockStatus.Stopped, stopped.Clock("significant.investigate").Status);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AlternativeAccommodation_OfferedThenHouseholdMoved_StopsTheClocks_AndOverdueListsMoveWithAsOf(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);
        var emergency = (await host.Hazards.ReportHazardAsync(Emergency(TimeSpan.FromHours(30))).ResponseAsync).Hazard;
        var significant = (await host.Hazards.ReportHazardAsync(Significant()).ResponseAsync).Hazard;

        var overdueNow = (await host.Hazards.ListHazardsAsync(new ListHazardsRequest { ClockStatus = ClockStatus.Overdue }).ResponseAsync).Hazards;
        var offered = (await host.Hazards.OfferAlternativeAccommodationAsync(new OfferAlternativeAccommodationRequest
        {
            HazardId = emergency.Id, Details = "Two-bed flat at 4 Elm Road, furnished",
        }).ResponseAsync).Hazard;
        var moved = (await host.Hazards.StopClockAsync(new StopClockRequest
        {
            HazardId = emergency.Id, Reason = StopReason.HouseholdMoved, Evidence = "Keys signed for at 4 Elm Road",
        }).ResponseAsync).Hazard;
        var overdueAfter = (await host.Hazards.ListHazardsAsync(new ListHazardsRequest { ClockStatus = ClockStatus.Overdue }).ResponseAsync).Hazards;
        var overdueInAMonth = (await host.Hazards.ListHazardsAsync(new ListHazardsRequest
        {
            ClockStatus = ClockStatus.Overdue, AsOf = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(30)),
        }).ResponseAsync).Hazards;

        Assert.Equal([emergency.Id], overdueNow.Select(h => h.Id));
        Assert.True(emergency.AlternativeAccommodationDue);
        Assert.Equal("Two-bed flat at 4 Elm Road, furnished", Assert.Single(offered.AccommodationOffers).Details);
        Assert.Equal(StopReason.HouseholdMoved, moved.Stopped.Reason);
        Assert.False(moved.AlternativeAccommodationDue);
        Assert.Empty(overdueAfter);
        Assert.Equal([significant.Id], overdueInAMonth.Select(h => h.Id));
    }
}
