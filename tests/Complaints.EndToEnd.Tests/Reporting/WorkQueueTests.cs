using System.Net.Http.Json;
using System.Text.Json;
using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.Reporting.Api.V1;
using Grpc.Core;
using static Complaints.EndToEnd.Tests.Infrastructure.When;

namespace Complaints.EndToEnd.Tests.Reporting;

/// <summary>
/// ListWorkQueue over one item of every kind (<see cref="WorkQueueData"/>), judged at instants worked out by hand, on
/// SQLite and PostgreSQL: the status each module's window gives, working days left, officers and teams, due order, pages.
/// </summary>
public sealed class WorkQueueTests
{
    private static readonly CallOptions Handler = Caller.Exactly("hana", "complaint-handler");

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ListWorkQueue_OverEveryKind_JudgesEachByItsModulesWindow_InDueOrder_FilteredByOfficerTeamStatusAndKind(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartAtAsync(WorkQueueData.Today, $"--Database:Provider={database.Provider}",
            $"--Database:ConnectionString={database.ConnectionString}");
        var data = await WorkQueueData.MakeAsync(host);
        var monday = London("2027-03-01 12:00");

        var all = await ListAsync(host, new ListWorkQueueRequest { AsOf = monday });

        Assert.Equal(
            [
                (WorkItemKind.Acknowledgement, data.A.Id, "2027-02-22", WorkItemStatus.Overdue, -5, "sam", "Repairs"),
                (WorkItemKind.OmbudsmanOrder, data.OrderId.ToString(), "2027-02-26", WorkItemStatus.Overdue, -1, "olivia", "Repairs"),
                (WorkItemKind.PromisedAction, data.ActionId.ToString(), "2027-03-03", WorkItemStatus.DueSoon, 2, "sam", "Repairs"),
                (WorkItemKind.EvidenceRequest, data.EvidenceRequestId.ToString(), "2027-03-08", WorkItemStatus.DueSoon, 5, "sam", "Repairs"),
                (WorkItemKind.Response, data.B.Id, "2027-03-16", WorkItemStatus.OnTrack, 11, "kim", "Housing"),
                (WorkItemKind.RestrictionReview, data.RestrictionId.ToString(), "2027-03-19", WorkItemStatus.OnTrack, 14, "pat.chair", ""),
                (WorkItemKind.UnpaidAward, data.AwardId.ToString(), "2027-03-31", WorkItemStatus.OnTrack, 20, "kim", "Housing"),
            ],
            all.Select(i => (i.Kind, i.ItemId, i.DueOn, i.Status, i.WorkingDaysLeft, i.OfficerId, i.Team)));
        Assert.Equal([data.A.Reference, data.E.Reference, data.A.Reference, data.E.Reference, data.B.Reference, "", data.B.Reference],
            all.Select(i => i.ComplaintReference));
        Assert.Equal("stage1.respond", all[4].Links["clock"]);
        Assert.Contains("extended by 5 working days", all[4].What);
        Assert.Equal("202700001", all[1].Links["ombudsman_case_reference"]);

        Assert.Equal([data.A.Id, data.OrderId.ToString()], Ids(await ListAsync(host, Statuses(monday, WorkItemStatus.Overdue))));
        Assert.Equal([data.ActionId.ToString(), data.EvidenceRequestId.ToString()], Ids(await ListAsync(host, Statuses(monday, WorkItemStatus.DueSoon))));
        Assert.Equal([data.A.Id, data.OrderId.ToString(), data.ActionId.ToString(), data.EvidenceRequestId.ToString()],
            Ids(await ListAsync(host, Statuses(monday, WorkItemStatus.Overdue, WorkItemStatus.DueSoon))));

        // Sam's: his complaints' items, the order about one of them included; Olivia's: the order she owns; Pat's: the review.
        Assert.Equal([data.A.Id, data.OrderId.ToString(), data.ActionId.ToString(), data.EvidenceRequestId.ToString()],
            Ids(await ListAsync(host, new ListWorkQueueRequest { AsOf = monday, OfficerId = "sam" })));
        Assert.Equal([data.OrderId.ToString()], Ids(await ListAsync(host, new ListWorkQueueRequest { AsOf = monday, OfficerId = "olivia" })));
        Assert.Equal([data.RestrictionId.ToString()], Ids(await ListAsync(host, new ListWorkQueueRequest { AsOf = monday, OfficerId = "pat.chair" })));
        Assert.Equal([data.B.Id, data.AwardId.ToString()], Ids(await ListAsync(host, new ListWorkQueueRequest { AsOf = monday, Team = "housing" })));
        Assert.Equal([data.B.Id], Ids(await ListAsync(host, new ListWorkQueueRequest { AsOf = monday, Team = "Housing", Kinds = { WorkItemKind.Response } })));
        Assert.Empty(await ListAsync(host, new ListWorkQueueRequest { AsOf = monday, OfficerId = "kim", Statuses = { WorkItemStatus.Overdue } }));

        // A fortnight on: B is inside the lifecycle's 2-day window, the action and evidence are late; the award is not yet due soon.
        var later = await ListAsync(host, new ListWorkQueueRequest { AsOf = London("2027-03-15 10:00") });
        Assert.Equal(
            [WorkItemStatus.Overdue, WorkItemStatus.Overdue, WorkItemStatus.Overdue, WorkItemStatus.Overdue, WorkItemStatus.DueSoon, WorkItemStatus.DueSoon, WorkItemStatus.OnTrack],
            later.Select(i => i.Status));
        Assert.Equal([-15, -11, -8, -5, 1, 4, 10], later.Select(i => i.WorkingDaysLeft));
        var afterEaster = await ListAsync(host, new ListWorkQueueRequest { AsOf = London("2027-04-01 10:00"), Kinds = { WorkItemKind.UnpaidAward } });
        Assert.Equal((WorkItemStatus.Overdue, -1), (afterEaster.Single().Status, afterEaster.Single().WorkingDaysLeft));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ListWorkQueue_InPages_GivesEveryItemOnceInDueOrder_AndDropsWhatIsDone(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartAtAsync(WorkQueueData.Today, $"--Database:Provider={database.Provider}",
            $"--Database:ConnectionString={database.ConnectionString}");
        var data = await WorkQueueData.MakeAsync(host);
        var whole = Keys(await ListAsync(host, new ListWorkQueueRequest { AsOf = London("2027-03-01 12:00") }));

        var paged = new List<string>();
        var pages = 0;
        var request = new ListWorkQueueRequest { AsOf = London("2027-03-01 12:00"), PageSize = 3 };
        do
        {
            var page = await host.WorkQueue.ListWorkQueueAsync(request, Handler).ResponseAsync;
            paged.AddRange(Keys(page.Items));
            pages++;
            request.PageToken = page.NextPageToken;
        }
        while (request.PageToken.Length > 0);
        await host.Investigation.CompleteActionAsync(new Complaints.Investigation.Api.V1.CompleteActionRequest { ActionId = data.ActionId, Note = "Boiler replaced" }).ResponseAsync;
        var afterDone = Keys(await ListAsync(host, new ListWorkQueueRequest { AsOf = London("2027-03-01 12:00") }));

        Assert.Equal(7, whole.Count);
        Assert.Equal(whole, paged);
        Assert.Equal(3, pages);
        Assert.Equal(whole.Where(key => key != $"{WorkItemKind.PromisedAction}:{data.ActionId}"), afterDone);
    }

    [Fact]
    public async Task ListWorkQueue_AsJson_AnswersItsRoute()
    {
        await using var host = await RunningHost.StartAtAsync(WorkQueueData.Today);
        var data = await WorkQueueData.MakeAsync(host);
        using var http = host.Http();

        var body = await http.GetFromJsonAsync<JsonElement>("/v1/reporting/work-queue?officerId=kim&statuses=WORK_ITEM_STATUS_ON_TRACK&asOf=2027-03-01T12:00:00Z");

        var items = body.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([data.B.Id, data.AwardId.ToString()], items.Select(i => i.GetProperty("itemId").GetString()));
        Assert.Equal("WORK_ITEM_KIND_UNPAID_AWARD", items[1].GetProperty("kind").GetString());
    }

    [Theory]
    [InlineData("finance")]
    [InlineData("report-reader")]
    public async Task ListWorkQueue_ForARoleWithoutComplaintsRead_IsPermissionDenied(string role)
    {
        await using var host = await RunningHost.StartAsync();

        var refused = await Assert.ThrowsAsync<RpcException>(() =>
            host.WorkQueue.ListWorkQueueAsync(new ListWorkQueueRequest(), Caller.Exactly("fay", role)).ResponseAsync);

        Assert.Equal(StatusCode.PermissionDenied, refused.StatusCode);
        Assert.Contains("complaints.read", refused.Status.Detail);
    }

    [Fact]
    public async Task ListWorkQueue_WithABadTokenPageSizeOrInstant_IsInvalidArgumentNamingTheField()
    {
        await using var host = await RunningHost.StartAsync();

        var token = await Assert.ThrowsAsync<RpcException>(() =>
            host.WorkQueue.ListWorkQueueAsync(new ListWorkQueueRequest { PageToken = "not-a-token" }, Handler).ResponseAsync);
        var size = await Assert.ThrowsAsync<RpcException>(() =>
            host.WorkQueue.ListWorkQueueAsync(new ListWorkQueueRequest { PageSize = 201 }, Handler).ResponseAsync);

        var instant = await Assert.ThrowsAsync<RpcException>(() =>
            host.WorkQueue.ListWorkQueueAsync(new ListWorkQueueRequest { AsOf = At("2300-01-01T00:00:00Z") }, Handler).ResponseAsync);

        Assert.Equal((StatusCode.InvalidArgument, "as_of"), (instant.StatusCode, instant.Detail<Google.Rpc.BadRequest>()!.FieldViolations.Single().Field));
        Assert.Equal((StatusCode.InvalidArgument, "page_token"), (token.StatusCode, token.Detail<Google.Rpc.BadRequest>()!.FieldViolations.Single().Field));
        Assert.Equal((StatusCode.InvalidArgument, "page_size"), (size.StatusCode, size.Detail<Google.Rpc.BadRequest>()!.FieldViolations.Single().Field));
    }

    private static ListWorkQueueRequest Statuses(Google.Protobuf.WellKnownTypes.Timestamp asOf, params WorkItemStatus[] statuses) =>
        new() { AsOf = asOf, Statuses = { statuses } };

    private static List<string> Ids(IEnumerable<WorkItem> items) => items.Select(i => i.ItemId).ToList();

    /// <summary>Items by kind and id: ids are unique only within a kind.</summary>
    private static List<string> Keys(IEnumerable<WorkItem> items) => items.Select(i => $"{i.Kind}:{i.ItemId}").ToList();

    /// <summary>Every page of the queue, as a complaint handler reads it.</summary>
    private static async Task<List<WorkItem>> ListAsync(RunningHost host, ListWorkQueueRequest request)
    {
        var items = new List<WorkItem>();
        var next = request.Clone();
        do
        {
            var page = await host.WorkQueue.ListWorkQueueAsync(next, Handler).ResponseAsync;
            items.AddRange(page.Items);
            next.PageToken = page.NextPageToken;
        }
        while (next.PageToken.Length > 0);
        return items;
    }
}
