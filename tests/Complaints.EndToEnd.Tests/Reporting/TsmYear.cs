using System.Globalization;
using System.Text.Json.Nodes;
using Complaints.Common.V1;
using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.Intake.Api.V1;
using Complaints.Investigation.Api.V1;
using Complaints.Reporting.Api.V1;
using Complaints.Testing;
using static Complaints.EndToEnd.Tests.Infrastructure.When;

namespace Complaints.EndToEnd.Tests.Reporting;

/// <summary>
/// Reporting year 2026 seeded through the real API on a test database, the host's clock at 20 April 2027, a stub HMS
/// resolving the residents' tenancies (TEN-R social rent, TEN-O shared ownership; TEN-000123 unknown to it):
/// <list type="bullet">
/// <item>A (TEN-R): received Tue 5 May 2026, acknowledged 6 May, stage 1 response Thu 7 May (due 20 May: in time),
///   escalated Mon 11 May, acknowledged 12 May, stage 2 response Tue 1 Sep (due 10 Jun: late).</item>
/// <item>B (TEN-R): received Mon 1 Jun, acknowledged 2 Jun, stage 1 response Mon 3 Aug (due 16 Jun: late).</item>
/// <item>C (TEN-O): received Mon 30 Mar 2026 (the year before), acknowledged 31 Mar, stage 1 response Wed 8 Apr 2026
///   (due 16 Apr, Easter counted out: in time).</item>
/// <item>D (TEN-000123): received Mon 5 Apr 2027 (the year after).</item>
/// <item>E (TEN-O): received Mon 6 Jul, acknowledged 7 Jul (response due 21 Jul), extended 10 working days on 15 Jul
///   (due 4 Aug), stage 1 response Thu 30 Jul: in time only by the extension.</item>
/// <item>F (TEN-R): received Mon 7 Sep, declined Tue 8 Sep (legal proceedings).</item>
/// <item>G (TEN-000123): received Mon 5 Oct, acknowledged 6 Oct, withdrawn Fri 9 Oct (during stage 1).</item>
/// <item>H (TEN-R): received Mon 2 Nov, acknowledged 3 Nov, stage 1 response Thu 5 Nov (in time), escalation asked
///   Mon 9 Nov and refused Tue 10 Nov.</item>
/// </list>
/// Figures under other counting rules are read by a host started on the same database with a profile whose
/// <c>reporting.tsmCountingRules</c> the test replaces.
/// </summary>
internal sealed class TsmYear : IAsyncDisposable
{
    public static readonly DateTimeOffset Today = new(2027, 4, 20, 12, 0, 0, TimeSpan.Zero);

    private readonly StubHousingSystem _hms;
    private readonly TestDatabase _database;

    private TsmYear(StubHousingSystem hms, TestDatabase database, RunningHost host)
    {
        (_hms, _database, Host) = (hms, database, host);
    }

    public RunningHost? Host { get; private set; }

    public Complaint A { get; private set; } = null!;

    public Complaint B { get; private set; } = null!;

    public Complaint C { get; private set; } = null!;

    public Complaint D { get; private set; } = null!;

    public Complaint E { get; private set; } = null!;

    public Complaint F { get; private set; } = null!;

    public Complaint G { get; private set; } = null!;

    public Complaint H { get; private set; } = null!;

    public static async Task<TsmYear> SeedAsync(string provider)
    {
        var hms = await StubHousingSystem.StartAsync();
        Tenant(hms, "TEN-R", "social-rent");
        Tenant(hms, "TEN-O", "shared-ownership");
        var database = await TestDatabase.CreateAsync(provider);
        var year = new TsmYear(hms, database, await StartAsync(hms, database));
        await year.SeedAsync();
        await year.SettledAsync();
        return year;
    }

    private async Task SeedAsync()
    {
        var host = Host!;
        A = await RespondedAsync(host, "TEN-R", "2026-05-05 10:00", "2026-05-07 15:00", "Repairs");
        await EscalatedAsync(host, A.Id, "2026-05-11 10:00");
        await host.Investigation.IssueResponseAsync(Response(A.Id, 2, "2026-09-01 15:00")).ResponseAsync;
        B = await RespondedAsync(host, "TEN-R", "2026-06-01 10:00", "2026-08-03 15:00");
        C = await RespondedAsync(host, "TEN-O", "2026-03-30 10:00", "2026-04-08 15:00");
        D = await LoggedAsync(host, "TEN-000123", "2027-04-05 10:00");
        E = await AcknowledgedAsync(host, "TEN-O", "2026-07-06 10:00", "DampAndMould");
        await host.Investigation.ExtendDeadlineAsync(new ExtendDeadlineRequest
        {
            ComplaintId = E.Id, WorkingDays = 10, Reason = "Waiting for the damp survey.", OmbudsmanDetailsGiven = true, OccurredAt = London("2026-07-15 10:00"),
        }).ResponseAsync;
        await host.Investigation.IssueResponseAsync(Response(E.Id, 1, "2026-07-30 15:00")).ResponseAsync;
        F = await LoggedAsync(host, "TEN-R", "2026-09-07 10:00");
        await host.Intake.DeclineComplaintAsync(new DeclineComplaintRequest
        {
            ComplaintId = F.Id, ExclusionReason = "LegalProceedings", Explanation = "A claim is before the county court.", OmbudsmanSignposted = true,
            OccurredAt = London("2026-09-08 10:00"),
        }).ResponseAsync;
        G = await AcknowledgedAsync(host, "TEN-000123", "2026-10-05 10:00");
        await host.Intake.WithdrawComplaintAsync(new WithdrawComplaintRequest { ComplaintId = G.Id, Reason = "Sorted with the neighbour.", OccurredAt = London("2026-10-09 10:00") })
            .ResponseAsync;
        H = await RespondedAsync(host, "TEN-R", "2026-11-02 10:00", "2026-11-05 15:00");
        await host.Investigation.RequestEscalationAsync(new RequestEscalationRequest { ComplaintId = H.Id, OccurredAt = London("2026-11-09 10:00") }).ResponseAsync;
        await host.Investigation.RefuseEscalationAsync(new RefuseEscalationRequest
        {
            ComplaintId = H.Id, ReasonCode = "ExcludedMatter", Reasons = "The matter is before the tribunal.", OmbudsmanSignposted = true,
            OccurredAt = London("2026-11-10 10:00"),
        }).ResponseAsync;
    }

    /// <summary>
    /// Waits until every complaint's tenancy has been resolved through the HMS and the read model has applied the whole
    /// event log (read in the database: no API says so), so a host restarted on it finds nothing left to do.
    /// </summary>
    private async Task SettledAsync()
    {
        const string Settled = """
            SELECT (SELECT count(*) FROM housingsystem_complaint_parties WHERE "Resolution" <> 'Pending') * 1000
                + CASE WHEN (SELECT coalesce(max("EventId"), 0) FROM reporting_cursor) >= (SELECT max("Id") FROM kernel_events) THEN 1 ELSE 0 END
            """;
        for (var attempt = 0; attempt < 300; attempt++)
        {
            await using var connection = _database.Provider == "Sqlite"
                ? (System.Data.Common.DbConnection)new Microsoft.Data.Sqlite.SqliteConnection(_database.ConnectionString)
                : new Npgsql.NpgsqlConnection(_database.ConnectionString);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = Settled;
            // All eight complaints name a resident, so eight links; 1 for a read model that has caught up.
            if (Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture) == 8001)
                return;
            await Task.Delay(100);
        }
        throw new TimeoutException("The seeded year did not settle: tenancies unresolved or the read model behind the log.");
    }

    /// <summary>
    /// The measures for <paramref name="reportingYear"/>, asked until <paramref name="caughtUp"/> holds; under the seeded
    /// profile's rule when <paramref name="countingRules"/> is null, otherwise from a host restarted with those rules.
    /// </summary>
    public async Task<GetTenantSatisfactionMeasuresResponse> MeasuresAsync(
        int reportingYear, string? countingRules, Func<GetTenantSatisfactionMeasuresResponse, bool> caughtUp)
    {
        if (countingRules is not null)
        {
            await Host!.DisposeAsync();
            Host = null;
            Host = await StartAsync(_hms, _database, await ProfileFolderAsync(countingRules));
        }
        return await MeasuresAsync(Host!, reportingYear, caughtUp);
    }

    /// <summary>The read models catch up with the log shortly after a commit: ask until the figures show it.</summary>
    public static async Task<GetTenantSatisfactionMeasuresResponse> MeasuresAsync(
        RunningHost host, int reportingYear, Func<GetTenantSatisfactionMeasuresResponse, bool> caughtUp)
    {
        GetTenantSatisfactionMeasuresResponse measures;
        var attempts = 0;
        do
        {
            if (attempts++ > 0)
                await Task.Delay(100);
            measures = await host.Reporting.GetTenantSatisfactionMeasuresAsync(
                new GetTenantSatisfactionMeasuresRequest { ReportingYear = reportingYear }, Caller.Exactly("rita", "report-reader")).ResponseAsync;
        }
        while (!caughtUp(measures) && attempts < 200);
        return measures;
    }

    public static async Task<Complaint> LoggedAsync(RunningHost host, string resident, string receivedAt, string? category = null)
    {
        var log = IntakeMethods.ValidRequest("Counted for the regulator");
        log.ResidentReference = resident;
        log.ReceivedAt = London(receivedAt);
        log.Points.Add("Boiler");
        if (category is not null)
            log.Category = category;
        return (await host.Intake.LogComplaintAsync(log).ResponseAsync).Complaint;
    }

    public static async Task<Complaint> RespondedAsync(RunningHost host, string resident, string receivedAt, string respondedAt, string? category = null)
    {
        var complaint = await AcknowledgedAsync(host, resident, receivedAt, category);
        await host.Investigation.IssueResponseAsync(Response(complaint.Id, 1, respondedAt)).ResponseAsync;
        return complaint;
    }

    /// <summary>Logged, then acknowledged at 09:00 the next day.</summary>
    private static async Task<Complaint> AcknowledgedAsync(RunningHost host, string resident, string receivedAt, string? category = null)
    {
        var complaint = await LoggedAsync(host, resident, receivedAt, category);
        await host.Intake.AcknowledgeComplaintAsync(new AcknowledgeComplaintRequest
        {
            ComplaintId = complaint.Id, ComplaintDefinition = "Boiler", NamedOfficer = "Sam Patel", OccurredAt = NextDayAtNine(receivedAt),
        }).ResponseAsync;
        return complaint;
    }

    /// <summary>Escalated, acknowledged at 09:00 the next day, and given a stage 2 reviewer.</summary>
    private static async Task EscalatedAsync(RunningHost host, string complaintId, string escalatedAt)
    {
        await host.Investigation.RequestEscalationAsync(new RequestEscalationRequest { ComplaintId = complaintId, OccurredAt = London(escalatedAt) }).ResponseAsync;
        await host.Investigation.AcknowledgeEscalationAsync(new AcknowledgeEscalationRequest { ComplaintId = complaintId, OccurredAt = NextDayAtNine(escalatedAt) })
            .ResponseAsync;
        await host.Investigation.AssignOfficerAsync(new AssignOfficerRequest
        {
            ComplaintId = complaintId, Stage = 2,
            Officer = new Officer { Id = "kim", Name = "Kim Lo", Seniority = Seniority.SeniorManager, ServiceArea = "Housing" },
        }).ResponseAsync;
    }

    public static IssueResponseRequest Response(string complaintId, int stage, string respondedAt)
    {
        var response = new IssueResponseRequest
        {
            ComplaintId = complaintId, Stage = stage, ComplaintDefinition = "Boiler", EscalationInformation = "How to ask for stage 2.",
            OccurredAt = London(respondedAt),
        };
        response.Decisions.Add(new PointDecision { Point = "Boiler", Outcome = DecisionOutcome.Upheld, Reasons = "Two visits missed." });
        return response;
    }

    private static Google.Protobuf.WellKnownTypes.Timestamp NextDayAtNine(string localTime) =>
        London(DateTime.Parse(localTime, CultureInfo.InvariantCulture).AddDays(1).ToString("yyyy-MM-dd 09:00", CultureInfo.InvariantCulture));

    private static void Tenant(StubHousingSystem hms, string reference, string tenure)
    {
        hms.Put($"residents/{reference}", $$"""
            {"reference":"{{reference}}","name":"Resident {{reference}}","contactPreferences":{"preferredMethod":"email"},
             "vulnerabilities":[],"reasonableAdjustments":[]}
            """);
        hms.Put($"residents/{reference}/tenancy", $$"""{"reference":"TNC-{{reference}}","tenureType":"{{tenure}}","startDate":"2019-04-01"}""");
    }

    private static Task<RunningHost> StartAsync(StubHousingSystem hms, TestDatabase database, string? profiles = null) =>
        RunningHost.StartAtAsync(Today, [$"--Database:Provider={database.Provider}", $"--Database:ConnectionString={database.ConnectionString}",
            .. hms.HostArgs, "--HousingSystem:ResolveRetryInterval=00:00:01", "--Reporting:LowCostRentalHomes=2000", "--Reporting:LowCostHomeOwnershipHomes=500",
            .. profiles is null ? Array.Empty<string>() : [$"--Complaints:PolicyProfilesFolder={profiles}"]]);

    private static async Task<string> ProfileFolderAsync(string countingRules)
    {
        var folder = Directory.CreateTempSubdirectory("profiles-").FullName;
        var profile = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "PolicyProfiles", "code2024.json")))!;
        profile["reporting"]!["tsmCountingRules"] = JsonNode.Parse(countingRules);
        await File.WriteAllTextAsync(Path.Combine(folder, "code2024.json"), profile.ToJsonString());
        return folder;
    }

    public async ValueTask DisposeAsync()
    {
        if (Host is not null)
            await Host.DisposeAsync();
        await _database.DisposeAsync();
        await _hms.DisposeAsync();
    }
}
