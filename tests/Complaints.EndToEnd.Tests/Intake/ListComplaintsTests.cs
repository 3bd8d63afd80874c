using Complaints.Common.V1;
using Complaints.EndToEnd.Tests.Infrastructure;
using Grpc.Core;
using Complaints.Intake.Api.V1;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using StatusCode = Grpc.Core.StatusCode;

namespace Complaints.EndToEnd.Tests.Intake;

/// <summary>ListComplaints: keyset pages newest first, and filters by stage, clock status, officer and date.</summary>
public sealed class ListComplaintsTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Paging_WalksEveryComplaintOnceNewestFirst(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);
        var logged = new List<string>();
        for (var day = 1; day <= 7; day++)
            logged.Add((await LogAsync(host, $"2026-11-{day:D2}T10:00:00Z")).Reference);
        // Two received at the same instant: the reference breaks the tie, so neither is skipped nor repeated.
        logged.Add((await LogAsync(host, "2026-11-07T10:00:00Z")).Reference);

        var pages = new List<List<string>>();
        var token = "";
        do
        {
            var page = await host.Intake.ListComplaintsAsync(new ListComplaintsRequest { PageSize = 3, PageToken = token }).ResponseAsync;
            pages.Add(page.Complaints.Select(c => c.Reference).ToList());
            token = page.NextPageToken;
        }
        while (token.Length > 0);

        Assert.Equal([3, 3, 2], pages.Select(p => p.Count));
        Assert.Equal([logged[7], logged[6], .. logged.Take(6).Reverse()], pages.SelectMany(p => p));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Filters_ByClockStatusStageOfficerAndDate(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);
        var now = DateTimeOffset.UtcNow;
        var overdue = await LogAsync(host, Iso(now.AddDays(-30)));            // never acknowledged: 5-day clock long gone
        var acknowledged = await LogAsync(host, Iso(now.AddDays(-3)));
        await host.Intake.AcknowledgeComplaintAsync(new AcknowledgeComplaintRequest
        {
            ComplaintId = acknowledged.Id, ComplaintDefinition = "Boiler", NamedOfficer = "Sam Patel",
        }).ResponseAsync;
        var fresh = await LogAsync(host, Iso(now.AddMinutes(-5)));

        Assert.Equal([overdue.Id], await IdsAsync(host, new ListComplaintsRequest { ClockStatuses = { ClockStatus.Overdue } }));
        Assert.Equal([acknowledged.Id], await IdsAsync(host, new ListComplaintsRequest { Stages = { Stage.Stage1Investigating } }));
        Assert.Equal([acknowledged.Id], await IdsAsync(host, new ListComplaintsRequest { NamedOfficer = "Sam Patel" }));
        Assert.Equal([fresh.Id, overdue.Id], await IdsAsync(host, new ListComplaintsRequest { Stages = { Stage.Received } }));
        Assert.Equal([acknowledged.Id, overdue.Id], await IdsAsync(host, new ListComplaintsRequest
        {
            ReceivedBefore = Timestamp.FromDateTimeOffset(now.AddHours(-1)),
        }));
        Assert.Equal([fresh.Id], await IdsAsync(host, new ListComplaintsRequest
        {
            ReceivedFrom = Timestamp.FromDateTimeOffset(now.AddHours(-1)), ClockStatuses = { ClockStatus.OnTrack, ClockStatus.DueSoon },
        }));
    }

    [Fact]
    public async Task Listed_ComplaintsCarryTheirWorstClockAndNextDeadline()
    {
        await using var host = await RunningHost.StartAsync();
        var logged = await LogAsync(host, Iso(DateTimeOffset.UtcNow.AddDays(-30)));

        var listed = (await host.Intake.ListComplaintsAsync(new ListComplaintsRequest()).ResponseAsync).Complaints.Single();

        Assert.Equal(logged.Id, listed.Id);
        Assert.Equal(ClockStatus.Overdue, listed.ClockStatus);
        Assert.Equal(("stage1.acknowledge", ClockStatus.Overdue), (listed.NextDue.Name, listed.NextDue.Status));
    }

    [Theory]
    [InlineData("page_size", 201, "", "")]
    [InlineData("page_size", -1, "", "")]
    [InlineData("page_token", 0, "not-a-token!", "")]
    [InlineData("stages", 0, "", "Unspecified")]
    [InlineData("stages[0]", 0, "", "99")]
    public async Task BadRequests_AreInvalidArgumentNamingTheField(string field, int pageSize, string token, string stage)
    {
        await using var host = await RunningHost.StartAsync();
        var request = new ListComplaintsRequest { PageSize = pageSize, PageToken = token };
        if (stage.Length > 0)
            request.Stages.Add(System.Enum.Parse<Stage>(stage));

        var error = await Assert.ThrowsAsync<RpcException>(() => host.Intake.ListComplaintsAsync(request).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal([field], error.Detail<BadRequest>()!.FieldViolations.Select(v => v.Field));
    }

    [Fact]
    public async Task UnknownClockStatus_NamesTheAllowedOnes()
    {
        await using var host = await RunningHost.StartAsync();

        var error = await Assert.ThrowsAsync<RpcException>(() => host.Intake.ListComplaintsAsync(new ListComplaintsRequest { ClockStatuses = { ClockStatus.MetOnTime } }).ResponseAsync);

        Assert.Contains("'MetOnTime' is not one of OnTrack, DueSoon, Overdue", error.Detail<BadRequest>()!.FieldViolations.Single().Description);
    }

    private static async Task<Complaint> LogAsync(RunningHost host, string receivedAt)
    {
        var request = IntakeMethods.ValidRequest();
        request.ReceivedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.Parse(receivedAt, System.Globalization.CultureInfo.InvariantCulture));
        return (await host.Intake.LogComplaintAsync(request).ResponseAsync).Complaint;
    }

    private static async Task<List<string>> IdsAsync(RunningHost host, ListComplaintsRequest request) =>
        (await host.Intake.ListComplaintsAsync(request).ResponseAsync).Complaints.Select(c => c.Id).ToList();

    private static string Iso(DateTimeOffset instant) => instant.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
}
