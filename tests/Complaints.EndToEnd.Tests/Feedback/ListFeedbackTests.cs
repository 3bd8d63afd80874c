using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.Intake.Api.V1;
using Google.Rpc;
using Grpc.Core;
using static Complaints.EndToEnd.Tests.Feedback.FeedbackData;
using StatusCode = Grpc.Core.StatusCode;

namespace Complaints.EndToEnd.Tests.Feedback;

/// <summary>ListFeedback: newest received first, by kind, service area and period, in keyset pages.</summary>
public sealed class ListFeedbackTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ListFeedback_ByKindAreaAndPeriod_ListsOnlyThoseNewestFirstAndPagesThroughAll(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database, "--Complaints:PolicyProfile=livin");
        var may = await RecordAsync(host, Request("Compliment", serviceArea: "Repairs and maintenance", receivedAt: When.London("2026-05-04 09:00")));
        var june = await RecordAsync(host, Request("Suggestion", serviceArea: "Repairs and maintenance", receivedAt: When.London("2026-06-01 09:00")));
        var july = await RecordAsync(host, Request("Compliment", serviceArea: "Rent and income", receivedAt: When.London("2026-07-01 09:00")));
        var august = await RecordAsync(host, Request("Compliment", serviceArea: "Repairs and maintenance", receivedAt: When.London("2026-08-03 09:00")));
        var september = await RecordAsync(host, Request("GeneralFeedback", serviceArea: "Repairs and maintenance", receivedAt: When.London("2026-09-01 09:00")));

        var compliments = await ReferencesAsync(host, new ListFeedbackRequest { Kinds = { "Compliment" } });
        var repairs = await ReferencesAsync(host, new ListFeedbackRequest { ServiceArea = "Repairs and maintenance" });
        var summer = await ReferencesAsync(host, new ListFeedbackRequest
        {
            ReceivedFrom = When.London("2026-06-01 09:00"), ReceivedBefore = When.London("2026-08-03 09:00"),
        });
        var repairsCompliments = await ReferencesAsync(host, new ListFeedbackRequest { Kinds = { "Compliment" }, ServiceArea = "Repairs and maintenance" });
        var pages = new List<IReadOnlyList<string>>();
        var token = "";
        do
        {
            var page = await host.Feedback.ListFeedbackAsync(new ListFeedbackRequest { PageSize = 2, PageToken = token }).ResponseAsync;
            pages.Add(page.Feedback.Select(f => f.Reference).ToList());
            token = page.NextPageToken;
        }
        while (token.Length > 0);

        Assert.Equal(Refs(august, july, may), compliments);
        Assert.Equal(Refs(september, august, june, may), repairs);
        Assert.Equal(Refs(july, june), summer);
        Assert.Equal(Refs(august, may), repairsCompliments);
        Assert.Equal([Refs(september, august), Refs(july, june), Refs(may)], pages);
    }

    [Fact]
    public async Task ListFeedback_WithATokenItDidNotGive_IsRefusedNamingIt()
    {
        await using var host = await RunningHost.StartAsync();

        var error = await Assert.ThrowsAsync<RpcException>(() => host.Feedback.ListFeedbackAsync(new ListFeedbackRequest { PageToken = "not-a-token" }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(["page_token"], error.Detail<BadRequest>()!.FieldViolations.Select(v => v.Field));
    }

    private static async Task<IReadOnlyList<string>> ReferencesAsync(RunningHost host, ListFeedbackRequest request) =>
        (await host.Feedback.ListFeedbackAsync(request).ResponseAsync).Feedback.Select(f => f.Reference).ToList();

    private static IReadOnlyList<string> Refs(params Complaints.Intake.Api.V1.Feedback[] feedback) => feedback.Select(f => f.Reference).ToList();
}
