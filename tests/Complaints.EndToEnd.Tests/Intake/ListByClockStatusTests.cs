using Complaints.Common.V1;
using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.Intake.Api.V1;
using Complaints.Investigation.Api.V1;
using Google.Protobuf.WellKnownTypes;

namespace Complaints.EndToEnd.Tests.Intake;

/// <summary>
/// ListComplaints by clock status without an as-of, answered from the thresholds each transition stores: right after a
/// transition, after an extension, and as time alone carries a clock across the due-soon and overdue boundaries (a new
/// host over the same database, its clock later). February 2027 has no bank holidays; code2024: acknowledge within 5
/// working days of receipt, respond within 10 of acknowledgement, due soon with 2 or fewer left.
/// </summary>
public sealed class ListByClockStatusTests
{
    /// <summary>Monday 1 February 2027, 09:00 in London (GMT).</summary>
    private static readonly DateTimeOffset Monday = new(2027, 2, 1, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ClockStatus_AsTimePasses_CrossesDueSoonThenOverdueWithNoTransition(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        string id;
        await using (var host = await StartAsync(database, Monday))
        {
            id = (await LogAsync(host, Monday)).Id; // acknowledgement due Monday 8 February: due soon from Thursday 4th
            Assert.Equal([ClockStatus.OnTrack], await ListedUnderAsync(host, id));
        }
        await using (var host = await StartAsync(database, new DateTimeOffset(2027, 2, 3, 23, 59, 0, TimeSpan.Zero)))
            Assert.Equal([ClockStatus.OnTrack], await ListedUnderAsync(host, id));
        await using (var host = await StartAsync(database, new DateTimeOffset(2027, 2, 4, 0, 1, 0, TimeSpan.Zero)))
            Assert.Equal([ClockStatus.DueSoon], await ListedUnderAsync(host, id));
        await using (var host = await StartAsync(database, new DateTimeOffset(2027, 2, 8, 23, 59, 0, TimeSpan.Zero)))
            Assert.Equal([ClockStatus.DueSoon], await ListedUnderAsync(host, id));
        await using (var host = await StartAsync(database, new DateTimeOffset(2027, 2, 9, 0, 1, 0, TimeSpan.Zero)))
        {
            Assert.Equal([ClockStatus.Overdue], await ListedUnderAsync(host, id));
            var listed = (await host.Intake.ListComplaintsAsync(new ListComplaintsRequest { ClockStatuses = { ClockStatus.Overdue } })).Complaints.Single();
            Assert.Equal(ClockStatus.Overdue, listed.ClockStatus);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Overdue_RightAfterAcknowledgement_NoLongerListsIt(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await StartAsync(database, new DateTimeOffset(2027, 2, 10, 10, 0, 0, TimeSpan.Zero));
        var late = await LogAsync(host, Monday);
        Assert.Equal([ClockStatus.Overdue], await ListedUnderAsync(host, late.Id));

        await host.Intake.AcknowledgeComplaintAsync(new AcknowledgeComplaintRequest
        {
            ComplaintId = late.Id, ComplaintDefinition = "Boiler", NamedOfficer = "Sam Patel",
        });

        // Acknowledged late, so that clock stopped; the response clock (due 24 February) is on track.
        Assert.Equal([ClockStatus.OnTrack], await ListedUnderAsync(host, late.Id));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Overdue_AfterAnExtension_ListsItOnTrackAgain(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        string id;
        await using (var host = await StartAsync(database, Monday))
        {
            id = (await LogAsync(host, Monday)).Id;
            await host.Intake.AcknowledgeComplaintAsync(new AcknowledgeComplaintRequest { ComplaintId = id, ComplaintDefinition = "Boiler", NamedOfficer = "Sam Patel" });
        }
        // The response was due on Monday 15 February.
        await using (var host = await StartAsync(database, new DateTimeOffset(2027, 2, 17, 10, 0, 0, TimeSpan.Zero)))
        {
            Assert.Equal([ClockStatus.Overdue], await ListedUnderAsync(host, id));

            await host.Investigation.ExtendDeadlineAsync(new ExtendDeadlineRequest
            {
                ComplaintId = id, WorkingDays = 10, Reason = "Waiting for the contractor's report", OmbudsmanDetailsGiven = true,
            });

            // Due on Monday 1 March now: eight working days away.
            Assert.Equal([ClockStatus.OnTrack], await ListedUnderAsync(host, id));
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task OfficerAndOverdue_Together_ListOnlyThatOfficersOverdueComplaints(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await StartAsync(database, new DateTimeOffset(2027, 2, 26, 10, 0, 0, TimeSpan.Zero));
        var samsLate = await AcknowledgedAsync(host, Monday, "Sam Patel");              // response due 15 February
        var samsOnTime = await AcknowledgedAsync(host, Monday.AddDays(21), "Sam Patel"); // due 8 March
        await AcknowledgedAsync(host, Monday, "Alex Jones");

        Assert.Equal([samsLate], await IdsAsync(host, new ListComplaintsRequest { NamedOfficer = "Sam Patel", ClockStatuses = { ClockStatus.Overdue } }));
        Assert.Equal([samsOnTime, samsLate], await IdsAsync(host, new ListComplaintsRequest { NamedOfficer = "Sam Patel" }));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Overdue_AsOfBeforeAcknowledgement_IsReplayedFromTheHistory(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await StartAsync(database, new DateTimeOffset(2027, 2, 10, 10, 0, 0, TimeSpan.Zero));
        var late = await LogAsync(host, Monday);
        await host.Intake.AcknowledgeComplaintAsync(new AcknowledgeComplaintRequest { ComplaintId = late.Id, ComplaintDefinition = "Boiler", NamedOfficer = "Sam Patel" });

        var asOf = Timestamp.FromDateTimeOffset(new DateTimeOffset(2027, 2, 9, 12, 0, 0, TimeSpan.Zero));
        Assert.Equal([late.Id], await IdsAsync(host, new ListComplaintsRequest { ClockStatuses = { ClockStatus.Overdue }, AsOf = asOf }));
        Assert.Empty(await IdsAsync(host, ClockStatus.Overdue));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SeveralStages_PagedTwoAtATime_WalkEveryMatchOnceNewestFirst(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await StartAsync(database, new DateTimeOffset(2027, 2, 26, 10, 0, 0, TimeSpan.Zero));
        var expected = new List<string>();
        for (var day = 0; day < 5; day++)
        {
            expected.Add((await LogAsync(host, Monday.AddDays(day))).Id);
            expected.Add(await AcknowledgedAsync(host, Monday.AddDays(day), "Sam Patel")); // the same instant: the reference decides
            var withdrawn = await LogAsync(host, Monday.AddDays(day));
            await host.Intake.WithdrawComplaintAsync(new WithdrawComplaintRequest { ComplaintId = withdrawn.Id, Reason = "Resolved by phone" });
        }

        var listed = await PagedIdsAsync(host, new ListComplaintsRequest { Stages = { Stage.Received, Stage.Stage1Investigating }, PageSize = 2 });

        // Newest received first; within an instant, the later reference (the acknowledged one, logged second) first.
        Assert.Equal(Enumerable.Range(0, 5).Reverse().SelectMany(day => new[] { expected[2 * day + 1], expected[2 * day] }), listed);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task StartUp_OnADatabaseWithoutThresholdsOrReferences_FillsThemAndKeepsVersions(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var friday = new DateTimeOffset(2027, 2, 5, 10, 0, 0, TimeSpan.Zero);
        Complaint first, second, fresh;
        await using (var host = await StartAsync(database, friday))
        {
            (first, second, fresh) = (await LogAsync(host, Monday), await LogAsync(host, Monday), await LogAsync(host, friday.AddHours(-1)));
        }
        // As a database of the release before lifecycles kept them.
        await DatabaseSchema.ExecuteAsync(database,
            """UPDATE lifecycle_cases SET "Reference" = NULL, "DueSoonFrom" = NULL, "OverdueFrom" = NULL, "ClockBasis" = NULL""");

        await using (var host = await StartAsync(database, friday))
        {
            // code2024: acknowledgement due Monday 8 February, so due soon.
            Assert.Equal([second.Id, first.Id], await IdsAsync(host, ClockStatus.DueSoon));
            Assert.Equal([fresh.Id], await IdsAsync(host, ClockStatus.OnTrack));
            Assert.Equal([fresh.Id, second.Id, first.Id], await PagedIdsAsync(host, new ListComplaintsRequest { Stages = { Stage.Received }, PageSize = 1 }));
            foreach (var logged in new[] { first, second, fresh })
                Assert.Equal(logged.Version, (await host.Intake.GetComplaintAsync(new GetComplaintRequest { Id = logged.Id })).Complaint.Version);
        }
        // Another profile: VHA acknowledges within 3 working days, so by Thursday. Worked out again at start-up.
        await using (var host = await StartAsync(database, friday, "--Complaints:PolicyProfile=vha"))
        {
            Assert.Equal([second.Id, first.Id], await IdsAsync(host, ClockStatus.Overdue));
            Assert.Equal(ClockStatus.Overdue, (await host.Intake.GetComplaintAsync(new GetComplaintRequest { Id = first.Id })).Complaint.ClockStatus);
        }
    }

    private static async Task<List<string>> PagedIdsAsync(RunningHost host, ListComplaintsRequest request)
    {
        var listed = new List<string>();
        do
        {
            var page = await host.Intake.ListComplaintsAsync(request);
            listed.AddRange(page.Complaints.Select(c => c.Id));
            request.PageToken = page.NextPageToken;
        }
        while (request.PageToken.Length > 0);
        return listed;
    }

    private static Task<RunningHost> StartAsync(TestDatabase database, DateTimeOffset now, params string[] extraArgs) =>
        RunningHost.StartAtAsync(now, [$"--Database:Provider={database.Provider}", $"--Database:ConnectionString={database.ConnectionString}", .. extraArgs]);

    private static async Task<Complaint> LogAsync(RunningHost host, DateTimeOffset receivedAt)
    {
        var request = IntakeMethods.ValidRequest();
        request.ReceivedAt = Timestamp.FromDateTimeOffset(receivedAt);
        return (await host.Intake.LogComplaintAsync(request)).Complaint;
    }

    private static async Task<string> AcknowledgedAsync(RunningHost host, DateTimeOffset receivedAt, string officer)
    {
        var id = (await LogAsync(host, receivedAt)).Id;
        await host.Intake.AcknowledgeComplaintAsync(new AcknowledgeComplaintRequest
        {
            ComplaintId = id, ComplaintDefinition = "Boiler", NamedOfficer = officer, OccurredAt = Timestamp.FromDateTimeOffset(receivedAt),
        });
        return id;
    }

    /// <summary>Every clock status whose list holds the complaint: one at most, whatever the filters' paths.</summary>
    private static async Task<List<ClockStatus>> ListedUnderAsync(RunningHost host, string id)
    {
        var under = new List<ClockStatus>();
        foreach (var status in new[] { ClockStatus.OnTrack, ClockStatus.DueSoon, ClockStatus.Overdue })
        {
            if ((await IdsAsync(host, status)).Contains(id))
                under.Add(status);
        }
        return under;
    }

    private static Task<List<string>> IdsAsync(RunningHost host, ClockStatus status) =>
        IdsAsync(host, new ListComplaintsRequest { ClockStatuses = { status } });

    private static async Task<List<string>> IdsAsync(RunningHost host, ListComplaintsRequest request) =>
        (await host.Intake.ListComplaintsAsync(request)).Complaints.Select(c => c.Id).ToList();
}
