using Complaints.Common.V1;
using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.Intake.Api.V1;
using Google.Rpc;
using Grpc.Core;
using static Complaints.EndToEnd.Tests.Feedback.FeedbackData;
using StatusCode = Grpc.Core.StatusCode;

namespace Complaints.EndToEnd.Tests.Feedback;

/// <summary>
/// What happens to compliments and feedback: a compliment is passed on to whom it praises (VHA 8.1, Livin 8.31),
/// feedback may lead to a service improvement (VHA 9.1), and feedback that is dissatisfaction is a complaint (the Code).
/// </summary>
public sealed class FeedbackOutcomeTests
{
    [Fact]
    public async Task RecordComplimentPassedOn_ForACompliment_RecordsToWhomAndWhenOnce()
    {
        await using var host = await RunningHost.StartAsync("--Complaints:PolicyProfile=vha");
        var compliment = await RecordAsync(host, Request("Compliment"));
        var passOn = new RecordComplimentPassedOnRequest { FeedbackId = compliment.Id, PassedOnTo = "Jo Bloggs and her manager", OccurredAt = When.AheadOfUs(TimeSpan.Zero) };

        var passed = (await host.Feedback.RecordComplimentPassedOnAsync(passOn, Caller.As("sam")).ResponseAsync).Feedback;
        var again = await Assert.ThrowsAsync<RpcException>(() => host.Feedback.RecordComplimentPassedOnAsync(passOn).ResponseAsync);

        Assert.Equal(("Jo Bloggs and her manager", passOn.OccurredAt, "sam"), (passed.PassedOn.PassedOnTo, passed.PassedOn.PassedOnAt, passed.PassedOn.PassedOnBy));
        Assert.Equal(StatusCode.FailedPrecondition, again.StatusCode);
        Assert.Equal("COMPLIMENT_ALREADY_PASSED_ON", again.Detail<ErrorInfo>()!.Reason);
    }

    [Fact]
    public async Task RecordComplimentPassedOn_ForASuggestion_IsRefusedAsNotACompliment()
    {
        await using var host = await RunningHost.StartAsync("--Complaints:PolicyProfile=vha");
        var suggestion = await RecordAsync(host, Request("Suggestion", "Texts before a visit would save wasted trips"));

        var refused = await Assert.ThrowsAsync<RpcException>(() => host.Feedback.RecordComplimentPassedOnAsync(
            new RecordComplimentPassedOnRequest { FeedbackId = suggestion.Id, PassedOnTo = "Repairs team" }).ResponseAsync);
        var unnamed = await Assert.ThrowsAsync<RpcException>(() => host.Feedback.RecordComplimentPassedOnAsync(
            new RecordComplimentPassedOnRequest { FeedbackId = suggestion.Id }).ResponseAsync);
        var unknown = await Assert.ThrowsAsync<RpcException>(() => host.Feedback.RecordComplimentPassedOnAsync(
            new RecordComplimentPassedOnRequest { FeedbackId = Guid.NewGuid().ToString(), PassedOnTo = "Jo" }).ResponseAsync);

        Assert.Equal((StatusCode.FailedPrecondition, "NOT_A_COMPLIMENT"), (refused.StatusCode, refused.Detail<ErrorInfo>()!.Reason));
        Assert.Equal(["passed_on_to"], unnamed.Detail<BadRequest>()!.FieldViolations.Select(v => v.Field));
        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task RecordServiceImprovement_ForASuggestion_KeepsWhatChanged()
    {
        await using var host = await RunningHost.StartAsync("--Complaints:PolicyProfile=vha");
        var suggestion = await RecordAsync(host, Request("Suggestion", "Texts before a visit would save wasted trips", "Repairs and maintenance"));

        var improved = (await host.Feedback.RecordServiceImprovementAsync(new RecordServiceImprovementRequest
        {
            FeedbackId = suggestion.Id, Description = "Repairs now text the resident the day before a visit.",
        }, Caller.As("kim")).ResponseAsync).Feedback;
        var again = await Assert.ThrowsAsync<RpcException>(() => host.Feedback.RecordServiceImprovementAsync(new RecordServiceImprovementRequest
        {
            FeedbackId = suggestion.Id, Description = "Again",
        }).ResponseAsync);

        Assert.Equal(("Repairs now text the resident the day before a visit.", "kim"), (improved.ServiceImprovement.Description, improved.ServiceImprovement.NotedBy));
        Assert.Equal("SERVICE_IMPROVEMENT_ALREADY_RECORDED", again.Detail<ErrorInfo>()!.Reason);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task LogFeedbackAsComplaint_WhenItIsDissatisfaction_LogsALinkedComplaintAndTheFeedbackCountsOnlyAsThat(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);
        var receivedAt = When.London("2026-06-10 09:30");
        var feedback = await RecordAsync(host, Request("GeneralFeedback", "Third missed appointment this month, not good enough", "Repairs and maintenance", receivedAt));
        var kept = await RecordAsync(host, Request("GeneralFeedback", "Good newsletter", "Customer services", receivedAt));

        var logged = await host.Feedback.LogFeedbackAsComplaintAsync(new LogFeedbackAsComplaintRequest
        {
            FeedbackId = feedback.Id, Points = { "Missed appointments" }, DesiredOutcome = "A fixed appointment",
        }, Caller.As("sam")).ResponseAsync;
        var complaint = (await host.Intake.GetComplaintAsync(new GetComplaintRequest { Id = logged.Complaint.Id }).ResponseAsync).Complaint;
        var listedComplaint = (await host.Intake.ListComplaintsAsync(new ListComplaintsRequest()).ResponseAsync).Complaints.Single();
        var listed = (await host.Feedback.ListFeedbackAsync(new ListFeedbackRequest()).ResponseAsync).Feedback;
        var listedWithLogged = (await host.Feedback.ListFeedbackAsync(new ListFeedbackRequest { IncludeLoggedAsComplaint = true }).ResponseAsync).Feedback;
        var counts = await FeedbackCountsTests.CountsAsync(host, When.London("2026-06-01 00:00").ToDateTimeOffset(), When.London("2026-07-01 00:00").ToDateTimeOffset());
        var twice = await Assert.ThrowsAsync<RpcException>(() =>
            host.Feedback.LogFeedbackAsComplaintAsync(new LogFeedbackAsComplaintRequest { FeedbackId = feedback.Id }).ResponseAsync);
        var improve = await Assert.ThrowsAsync<RpcException>(() => host.Feedback.RecordServiceImprovementAsync(
            new RecordServiceImprovementRequest { FeedbackId = feedback.Id, Description = "x" }).ResponseAsync);

        Assert.Equal((Stage.Received, "TEN-000321", Channel.Email, receivedAt), (complaint.Stage, complaint.ResidentReference, complaint.Channel, complaint.ReceivedAt));
        Assert.Equal("Third missed appointment this month, not good enough", complaint.Description);
        Assert.Equal((feedback.Id, feedback.Id, feedback.Id), (complaint.FeedbackId, logged.Complaint.FeedbackId, listedComplaint.FeedbackId)); // the complaint links back
        Assert.Equal(["Missed appointments"], complaint.Points.Select(p => p.Text));
        Assert.Equal((complaint.Id, complaint.Reference, "sam"),
            (logged.Feedback.LoggedAsComplaint.ComplaintId, logged.Feedback.LoggedAsComplaint.ComplaintReference, logged.Feedback.LoggedAsComplaint.LoggedBy));
        Assert.Equal([kept.Reference], listed.Select(f => f.Reference));
        Assert.Equal([kept.Reference, feedback.Reference], listedWithLogged.Select(f => f.Reference)); // same instant: by reference, newest first
        Assert.Equal([(2026, 6, "GeneralFeedback", 1)], counts.Select(c => (c.Year, c.Month, c.Kind, c.Count)));
        Assert.Equal((StatusCode.FailedPrecondition, "FEEDBACK_LOGGED_AS_COMPLAINT"), (twice.StatusCode, twice.Detail<ErrorInfo>()!.Reason));
        Assert.Equal(complaint.Id, twice.Detail<ErrorInfo>()!.Metadata["complaint_id"]);
        Assert.Equal(StatusCode.FailedPrecondition, improve.StatusCode);
    }

    [Fact]
    public async Task LogFeedbackAsComplaint_ForAnonymousFeedback_LogsAnAnonymousComplaint()
    {
        await using var host = await RunningHost.StartAsync();
        var request = Request("GeneralFeedback", "The lift has been broken for a week");
        (request.ResidentReference, request.Anonymous) = ("", true);
        var feedback = await RecordAsync(host, request);

        var logged = await host.Feedback.LogFeedbackAsComplaintAsync(new LogFeedbackAsComplaintRequest
        {
            FeedbackId = feedback.Id, Description = "Lift out of order for a week",
        }).ResponseAsync;

        Assert.Equal((true, "", "Lift out of order for a week"), (logged.Complaint.Anonymous, logged.Complaint.ResidentReference, logged.Complaint.Description));
    }
}
