using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.Intake.Api.V1;
using Google.Rpc;
using Grpc.Core;
using static Complaints.EndToEnd.Tests.Feedback.FeedbackData;
using StatusCode = Grpc.Core.StatusCode;

namespace Complaints.EndToEnd.Tests.Feedback;

/// <summary>Compliments and feedback are recorded as their own records, of the kinds the policy collects (Livin 8.1).</summary>
public sealed class RecordFeedbackTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RecordFeedback_OfEachKindLivinCollects_IsRecordedApartFromComplaintsAndReadsBack(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database, "--Complaints:PolicyProfile=livin");

        var compliment = await RecordAsync(host, Request("Compliment", receivedAt: When.London("2026-05-05 10:00")));
        var suggestion = await RecordAsync(host, Request("Suggestion", "An evening repairs line would help", "Repairs and maintenance"));
        var anonymous = Request("GeneralFeedback", "The new website is easier to use", "Customer services");
        (anonymous.ResidentReference, anonymous.Anonymous) = ("", true);
        var general = await RecordAsync(host, anonymous);
        var reread = (await host.Feedback.GetFeedbackAsync(new GetFeedbackRequest { Reference = compliment.Reference }).ResponseAsync).Feedback;
        var complaint = (await host.Intake.LogComplaintAsync(IntakeMethods.ValidRequest()).ResponseAsync).Complaint;

        Assert.Equal(["FBK-2026-000001", "FBK-2026-000002", "FBK-2026-000003"], new[] { compliment, suggestion, general }.Select(f => f.Reference));
        Assert.Equal([true, false, false], new[] { compliment, suggestion, general }.Select(f => f.Compliment));
        Assert.Equal(compliment, reread);
        Assert.Equal(("Compliment", "TEN-000321", "Neighbourhoods and tenancy", "Jo Bloggs", "Estate services", When.London("2026-05-05 10:00")),
            (reread.Kind, reread.ResidentReference, reread.ServiceArea, reread.StaffMember, reread.Team, reread.ReceivedAt));
        Assert.Equal(("", true, "GeneralFeedback"), (general.ResidentReference, general.Anonymous, general.Kind));
        Assert.Null(compliment.PassedOn);
        Assert.Null(compliment.LoggedAsComplaint);
        Assert.EndsWith("-000001", complaint.Reference); // numbered apart: feedback uses up no complaint number
        Assert.Equal("", complaint.FeedbackId);
    }

    [Fact]
    public async Task RecordFeedback_Empty_NamesEachMissingField()
    {
        await using var host = await RunningHost.StartAsync();

        var error = await Assert.ThrowsAsync<RpcException>(() => host.Feedback.RecordFeedbackAsync(new RecordFeedbackRequest()).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(["kind", "channel", "text", "resident_reference", "service_area"], error.Detail<BadRequest>()!.FieldViolations.Select(v => v.Field));
    }

    [Fact]
    public async Task RecordFeedback_WithAKindAndServiceAreaThePolicyDoesNotList_NamesBothWithTheProfilesLists()
    {
        await using var host = await RunningHost.StartAsync();
        var request = Request("Suggestion", serviceArea: "Gardening"); // code2024 collects compliments and general feedback only

        var error = await Assert.ThrowsAsync<RpcException>(() => host.Feedback.RecordFeedbackAsync(request).ResponseAsync);

        var violations = error.Detail<BadRequest>()!.FieldViolations;
        Assert.Equal(["kind", "service_area"], violations.Select(v => v.Field));
        Assert.Contains("Compliment, GeneralFeedback", violations[0].Description);
        Assert.Contains("Repairs and maintenance", violations[1].Description);
    }

    [Fact]
    public async Task RecordFeedback_AnonymousYetNamingAResidentOrReceivedInTheFuture_IsRefusedNamingTheFields()
    {
        await using var host = await RunningHost.StartAsync();
        var request = Request("Compliment", receivedAt: When.AheadOfUs(TimeSpan.FromDays(2)));
        request.Anonymous = true;

        var error = await Assert.ThrowsAsync<RpcException>(() => host.Feedback.RecordFeedbackAsync(request).ResponseAsync);

        Assert.Equal(["resident_reference", "received_at"], error.Detail<BadRequest>()!.FieldViolations.Select(v => v.Field));
    }

    [Fact]
    public async Task RecordFeedback_ReplayedKey_ReturnsTheFirstRecord()
    {
        await using var host = await RunningHost.StartAsync();
        var request = Request("Compliment");
        request.IdempotencyKey = "hms-feedback-7";

        var first = await RecordAsync(host, request);
        var replay = await RecordAsync(host, request);

        Assert.Equal((first.Id, first.Reference), (replay.Id, replay.Reference));
    }

    [Fact]
    public async Task RecordFeedback_OverJson_TakesTheRoute()
    {
        await using var host = await RunningHost.StartAsync();
        using var http = host.Http();

        using var response = await http.PostAsync("/v1/feedback", new StringContent(
            """{"kind":"Compliment","channel":"CHANNEL_PHONE","text":"Thank you","residentReference":"TEN-9","serviceArea":"Other"}""",
            System.Text.Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.IsSuccessStatusCode, body);
        Assert.Contains("\"reference\":\"FBK-", body.Replace(" ", ""));
    }

    [Fact]
    public async Task RecordFeedback_ForARoleWithoutComplaintsLog_IsPermissionDenied()
    {
        await using var host = await RunningHost.StartAsync();

        var refused = await Assert.ThrowsAsync<RpcException>(() =>
            host.Feedback.RecordFeedbackAsync(Request("Compliment"), Caller.Exactly("aud", "auditor")).ResponseAsync);
        var listed = await Assert.ThrowsAsync<RpcException>(() =>
            host.Feedback.ListFeedbackAsync(new ListFeedbackRequest(), Caller.Exactly("rita", "report-reader")).ResponseAsync);
        var read = await host.Feedback.ListFeedbackAsync(new ListFeedbackRequest(), Caller.Exactly("aud", "auditor")).ResponseAsync;

        Assert.Equal((StatusCode.PermissionDenied, StatusCode.PermissionDenied), (refused.StatusCode, listed.StatusCode));
        Assert.Contains("complaints.log", refused.Status.Detail);
        Assert.Empty(read.Feedback); // the auditor reads (complaints.read), and nothing was recorded
    }
}
