using Complaints.EndToEnd.Tests.Events;
using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.EventsApi.V1;
using Complaints.Hazards.Api.V1;
using Complaints.Reporting.Api.V1;
using Google.Protobuf.WellKnownTypes;

namespace Complaints.EndToEnd.Tests.Hazards;

/// <summary>
/// Missed hazard clocks are announced once each — by the sweep, or by the late step or the stop that found them first —
/// and Reporting counts them for the Board by month and kind, worked by hand. The host's clock reads 29 November 2026.
/// </summary>
public sealed class HazardBoardFiguresTests
{
    private const string Missed = "complaints.hazards.v1.HazardClockMissed";
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task MissedClocks_AreAnnouncedOnce_AndCountedForTheBoard_ByMonthAndKind(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAtAsync(database, Now, "--Hazards:MissedClockSweep:Interval=00:00:01");
        var hazards = host.Hazards;
        // A: an emergency on Mon 5 Oct 2026, 10:00 BST: both clocks due 10:00 the next day. Investigated late on the 7th,
        // accommodation offered on the 8th, the household moved on 3 November.
        var a = (await hazards.ReportHazardAsync(Report("electrical-hazards", HazardCategory.Emergency, At(2026, 10, 5, 9))).ResponseAsync).Hazard;
        await hazards.RecordInvestigationAsync(new RecordInvestigationRequest
        {
            HazardId = a.Id, EndedAt = At(2026, 10, 7, 9), Investigator = "Qualified electrician", Findings = "Live conductors exposed", HazardFound = true,
        }).ResponseAsync;
        await hazards.OfferAlternativeAccommodationAsync(new OfferAlternativeAccommodationRequest { HazardId = a.Id, OfferedAt = At(2026, 10, 8, 9), Details = "Flat 2, Elm House" }).ResponseAsync;
        await hazards.StopClockAsync(new StopClockRequest { HazardId = a.Id, Reason = StopReason.HouseholdMoved, Evidence = "Moved 3 Nov, decant file D-17", StoppedAt = At(2026, 11, 3, 10) }).ResponseAsync;
        // B: damp and mould on Tue 1 Sep; investigated on time on Thu 10 Sep (hazard found), summary sent the 11th. Safety
        // work and further work were both due by the end of Thu 17 Sep (5 working days); safety work came late on 20 Oct,
        // further work never began. Its 12-week physical start (3 Dec) is not yet due.
        var b = (await hazards.ReportHazardAsync(Report("damp-and-mould", HazardCategory.Significant, At(2026, 9, 1, 9))).ResponseAsync).Hazard;
        await hazards.RecordInvestigationAsync(new RecordInvestigationRequest
        {
            HazardId = b.Id, EndedAt = At(2026, 9, 10, 9), Investigator = "Damp surveyor", Findings = "Condensation mould, failed extractor", HazardFound = true,
        }).ResponseAsync;
        await hazards.RecordSummarySentAsync(new RecordSummarySentRequest { HazardId = b.Id, SentAt = At(2026, 9, 11, 9), Summary = "Letter L-55" }).ResponseAsync;
        await hazards.RecordSafetyWorkAsync(new RecordSafetyWorkRequest { HazardId = b.Id, CompletedAt = At(2026, 10, 20, 9), Details = "Mould wash, extractor replaced" }).ResponseAsync;

        var caller = Caller.Exactly("rita", "report-reader");
        var figures = await HmsEventually(
            () => host.Reporting.GetHazardFiguresAsync(new GetHazardFiguresRequest { ReportingYear = 2026 }, caller).ResponseAsync,
            f => f.YearTotal.ClocksMissed == 4 && f.YearTotal.AccommodationOffers == 1);
        await Task.Delay(TimeSpan.FromSeconds(2.5)); // two more sweeps: they must announce nothing again
        var (missed, _) = await Subscription.UntilCaughtUpAsync(host, new SubscribeRequest { EventTypes = { Missed } });

        Assert.Equal(
            [$"{a.Reference} emergency.investigate 2026-10-06T09:00:00Z", $"{a.Reference} emergency.makeSafe 2026-10-06T09:00:00Z",
             $"{b.Reference} significant.furtherWorkBegin 2026-09-17T23:00:00Z", $"{b.Reference} significant.safetyWork 2026-09-17T23:00:00Z"],
            missed.Select(e => $"{Subscription.ReferenceOf(e)} {Subscription.PayloadField(e, "clock")} {Instant(Subscription.PayloadField(e, "occurredAt"))}")
                .Order(StringComparer.Ordinal));
        Assert.Equal(12, figures.Months.Count);
        Assert.Equal(["2026-04", "2026-05", "2026-06", "2026-07", "2026-08"], figures.Months.Take(5).Select(m => m.Month));
        Assert.All(figures.Months.Take(5).Concat(figures.Months.Skip(8)), m => Assert.Equal(new HazardCounts(), m.Total));
        var (september, october, november) = (figures.Months[5], figures.Months[6], figures.Months[7]);
        Assert.Equal(Counts(significant: 1, missed: 2, overdue: 1), september.Total);
        Assert.Equal(Counts(emergency: 1, missed: 2, overdue: 2, offers: 1, households: 1), october.Total);
        Assert.Equal(Counts(overdue: 1), november.Total); // A stopped on 3 November; B's further work is still overdue now
        Assert.Equal(
            [("damp-and-mould", Counts(overdue: 1)), ("electrical-hazards", Counts(emergency: 1, missed: 2, overdue: 1, offers: 1, households: 1))],
            october.ByKind.Select(k => (k.Kind, k.Counts)));
        Assert.Equal(Counts(emergency: 1, significant: 1, missed: 4, overdue: 1, offers: 1, households: 1), figures.YearTotal);
        Assert.Equal(
            [("damp-and-mould", "Damp and mould growth", Counts(significant: 1, missed: 2, overdue: 1)),
             ("electrical-hazards", "Electrical hazards", Counts(emergency: 1, missed: 2, offers: 1, households: 1))],
            figures.YearByKind.Select(k => (k.Kind, k.KindName, k.Counts)));
    }

    [Fact]
    public async Task GetHazardFigures_IsRefusedToAComplaintHandler()
    {
        await using var host = await RunningHost.StartAsync();
        var refused = await Assert.ThrowsAsync<Grpc.Core.RpcException>(() => host.Reporting.GetHazardFiguresAsync(
            new GetHazardFiguresRequest { ReportingYear = 2026 }, Caller.Exactly("hana", "complaint-handler")).ResponseAsync);
        Assert.Equal(Grpc.Core.StatusCode.PermissionDenied, refused.StatusCode);
    }

    private static ReportHazardRequest Report(string kind, HazardCategory category, Timestamp awareAt) => new()
    {
        Source = HazardSource.Repair, SourceReference = "JOB-" + kind, PropertyReference = "PROP-BOARD-" + kind, ResidentReference = "TEN-77",
        Kind = kind, Category = category, AwareAt = awareAt, Tenure = "SocialRent", Description = "Reported by the repairs team",
    };

    private static HazardCounts Counts(int emergency = 0, int significant = 0, int missed = 0, int overdue = 0, int offers = 0, int households = 0) => new()
    {
        ReportedEmergency = emergency, ReportedSignificant = significant, ClocksMissed = missed, OverdueAtEnd = overdue,
        AccommodationOffers = offers, HouseholdsOffered = households,
    };

    private static Timestamp At(int year, int month, int day, int hourUtc) => Timestamp.FromDateTimeOffset(new DateTimeOffset(year, month, day, hourUtc, 0, 0, TimeSpan.Zero));

    private static string Instant(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);

    private static Task<T> HmsEventually<T>(Func<Task<T>> read, Func<T, bool> done) => HousingSystem.HmsScenario.Eventually(read, done);
}
