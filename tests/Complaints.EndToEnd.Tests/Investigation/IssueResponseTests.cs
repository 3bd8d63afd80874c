using Complaints.Common.V1;
using Complaints.EndToEnd.Tests.Infrastructure;
using Grpc.Core;
using Complaints.Intake.Api.V1;
using Complaints.Investigation.Api.V1;
using Google.Rpc;
using StatusCode = Grpc.Core.StatusCode;

namespace Complaints.EndToEnd.Tests.Investigation;

/// <summary>Responses hold the Code's content, and a complaint walks from receipt to its final response over gRPC.</summary>
public sealed class IssueResponseTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Complaint_WalksFromReceiptToFinalResponse(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);
        var complaint = await AcknowledgedWithPointsAsync(host);
        await host.Investigation.AssignOfficerAsync(new AssignOfficerRequest
        {
            ComplaintId = complaint.Id, Stage = 1, ServiceAreaComplainedAbout = "Repairs",
            Officer = new Officer { Id = "sam", Name = "Sam Patel", Seniority = Seniority.Manager, ServiceArea = "Repairs" },
        }).ResponseAsync;

        var stage1 = await host.Investigation.IssueResponseAsync(FullResponse(complaint.Id, 1)).ResponseAsync;
        await host.Investigation.RequestEscalationAsync(new RequestEscalationRequest { ComplaintId = complaint.Id }).ResponseAsync;
        await host.Investigation.AcknowledgeEscalationAsync(new AcknowledgeEscalationRequest { ComplaintId = complaint.Id }).ResponseAsync;
        await host.Investigation.AssignOfficerAsync(new AssignOfficerRequest
        {
            ComplaintId = complaint.Id, Stage = 2,
            Officer = new Officer { Id = "kim", Name = "Kim Lo", Seniority = Seniority.SeniorManager, ServiceArea = "Housing" },
        }).ResponseAsync;
        var stage2 = await host.Investigation.IssueResponseAsync(FullResponse(complaint.Id, 2)).ResponseAsync;

        var reread = await host.Investigation.GetResponseLetterAsync(new GetResponseLetterRequest { ResponseId = stage1.ResponseId }).ResponseAsync;

        Assert.StartsWith($"Complaint {complaint.Reference}: stage 1 response", stage1.Letter);
        Assert.Contains("1. The engineer missed two appointments: upheld.\n   Our records show both visits were missed.", stage1.Letter.ReplaceLineEndings("\n"));
        Assert.Contains("- Time and trouble (£75.00)", stage1.Letter);
        Assert.Contains("- Replace the boiler, by 4 December 2026", stage1.Letter);
        Assert.Contains("This is our final response.", stage2.Letter);
        Assert.Equal(stage1.Letter, reread.Letter);
        Assert.Equal(Stage.Stage1Responded, stage1.Change.Stage);
        Assert.Contains(Trigger.RequestEscalation, stage1.Change.PermittedTriggers);
        Assert.Equal(Stage.Stage2Responded, stage2.Change.Stage);
        Assert.True(stage2.ResponseId > stage1.ResponseId);
    }

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("0001-01-01")]
    [InlineData("31/12/2026")]
    public async Task IssueResponse_WithAnActionDueOnNoUsableDate_IsRefusedNamingItAndStoresNothing(string dueOn)
    {
        await using var host = await RunningHost.StartAsync();
        var complaint = await AcknowledgedWithPointsAsync(host);
        var response = FullResponse(complaint.Id, 1);
        response.OutstandingActions[0].DueOn = dueOn;

        var error = await Assert.ThrowsAsync<RpcException>(() => host.Investigation.IssueResponseAsync(response).ResponseAsync);
        var caseFile = await host.Investigation.GetCaseFileAsync(new GetCaseFileRequest { ComplaintId = complaint.Id }).ResponseAsync;

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("outstanding_actions[0].due_on", Assert.Single(error.Detail<BadRequest>()!.FieldViolations).Field);
        Assert.Empty(caseFile.Actions);
        Assert.Equal(Stage.Stage1Investigating, (await host.Intake.GetComplaintAsync(new GetComplaintRequest { Id = complaint.Id }).ResponseAsync).Complaint.Stage);
    }

    [Fact]
    public async Task IssueResponse_WithoutEveryPointDecidedOrHowToEscalate_NamesEachGap()
    {
        await using var host = await RunningHost.StartAsync();
        var complaint = await AcknowledgedWithPointsAsync(host);
        var partial = FullResponse(complaint.Id, 1);
        partial.Decisions.RemoveAt(1);
        partial.EscalationInformation = "";
        partial.Remedies.Add(new Remedy { Kind = RemedyKind.Compensation, Description = "For the missed visits" });

        var error = await Assert.ThrowsAsync<RpcException>(() => host.Investigation.IssueResponseAsync(partial).ResponseAsync);
        var stillOpen = (await host.Intake.GetComplaintAsync(new GetComplaintRequest { Id = complaint.Id }).ResponseAsync).Complaint;

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var violations = error.Detail<BadRequest>()!.FieldViolations;
        Assert.Equal(["decisions", "remedies[2].amount_pence", "escalation_information"], violations.Select(v => v.Field));
        Assert.Contains("'Nobody called back'", violations[0].Description);
        Assert.Equal(Stage.Stage1Investigating, stillOpen.Stage);
    }

    [Fact]
    public async Task GetResponseLetter_AsHtml_IsOnTheProfilesLetterheadWithEverythingEncoded()
    {
        await using var host = await RunningHost.StartAsync("--Complaints:PolicyProfile=ids");
        var complaint = await AcknowledgedWithPointsAsync(host);
        var response = FullResponse(complaint.Id, 1);
        response.Decisions[1].Reasons = "One call was made <late> & unrecorded.";
        var issued = await host.Investigation.IssueResponseAsync(response).ResponseAsync;

        var html = await host.Investigation.GetResponseLetterAsync(new GetResponseLetterRequest { ResponseId = issued.ResponseId, Format = LetterFormat.Html }).ResponseAsync;

        Assert.Equal("text/html; charset=utf-8", html.ContentType);
        Assert.StartsWith("<!DOCTYPE html>", html.Letter);
        Assert.Contains("<strong>Industrial Dwellings Society (IDS)</strong>", html.Letter);
        Assert.Contains($"<h1>Complaint {complaint.Reference}: stage 1 response</h1>", html.Letter);
        Assert.Contains("<ol>\n<li>The engineer missed two appointments: upheld.<br>\nOur records show both visits were missed.</li>", html.Letter);
        Assert.Contains("One call was made &lt;late&gt; &amp; unrecorded.", html.Letter);
        Assert.Contains("<li>Time and trouble (£75.00)</li>", html.Letter);
        Assert.Contains("Yours sincerely,<br>\nIndustrial Dwellings Society", html.Letter);
        Assert.Contains("Yours sincerely,\nIndustrial Dwellings Society", issued.Letter.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task IssueResponse_ForStage2DuringStage1_IsRefusedNamingTheStage()
    {
        await using var host = await RunningHost.StartAsync();
        var complaint = await AcknowledgedWithPointsAsync(host);

        var error = await Assert.ThrowsAsync<RpcException>(() => host.Investigation.IssueResponseAsync(FullResponse(complaint.Id, 2)).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Contains("Stage1Investigating", error.Status.Detail);
    }

    private static IssueResponseRequest FullResponse(string complaintId, int stage)
    {
        var response = new IssueResponseRequest
        {
            ComplaintId = complaintId, Stage = stage, ComplaintDefinition = "Boiler repair appointments missed and no call back",
            EscalationInformation = stage == 1
                ? "If you are unhappy, reply within 20 working days to ask for a stage 2 review."
                : "This is our final response; you may refer your complaint to the Housing Ombudsman (0300 111 3000).",
        };
        response.Decisions.Add(new PointDecision { Point = "The engineer missed two appointments", Outcome = DecisionOutcome.Upheld, Reasons = "Our records show both visits were missed." });
        response.Decisions.Add(new PointDecision { Point = "Nobody called back", Outcome = DecisionOutcome.PartlyUpheld, Reasons = "One call was made, late." });
        response.Remedies.Add(new Remedy { Kind = RemedyKind.Apology, Description = "We are sorry for the missed visits." });
        response.Remedies.Add(new Remedy { Kind = RemedyKind.Compensation, Description = "Time and trouble", AmountPence = 7500 });
        response.OutstandingActions.Add(new OutstandingAction { Description = "Replace the boiler", DueOn = "2026-12-04" });
        return response;
    }

    private static async Task<Complaint> AcknowledgedWithPointsAsync(RunningHost host)
    {
        var request = IntakeMethods.ValidRequest();
        request.Points.Add("The engineer missed two appointments");
        request.Points.Add("Nobody called back");
        var complaint = (await host.Intake.LogComplaintAsync(request).ResponseAsync).Complaint;
        return (await host.Intake.AcknowledgeComplaintAsync(new AcknowledgeComplaintRequest
        {
            ComplaintId = complaint.Id, ComplaintDefinition = "Boiler repair missed twice", NamedOfficer = "Sam Patel",
        }).ResponseAsync).Complaint;
    }
}
