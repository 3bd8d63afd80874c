using System.Text.Json;
using Complaints.EndToEnd.Tests.Events;
using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.EventsApi.V1;
using Complaints.Intake.Api.V1;
using Google.Rpc;
using Grpc.Core;

namespace Complaints.EndToEnd.Tests.Reporting;

/// <summary>
/// The facts the annual report reads from the event log: a complaint's category from the profile's list, a refusal's
/// exclusion reason, each settled clock's verdict, and each response's outcome, themes and root causes.
/// </summary>
public sealed class ReportingFactsTests
{
    [Fact]
    public async Task LogComplaint_WithACategoryNotOnTheProfilesList_IsRefused_NamingTheAllowedCodes()
    {
        await using var host = await RunningHost.StartAsync();
        var request = IntakeMethods.ValidRequest();
        request.Category = "Boilers";

        var error = await Assert.ThrowsAsync<RpcException>(() => host.Intake.LogComplaintAsync(request).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var violation = error.Detail<BadRequest>()!.FieldViolations.Single();
        Assert.Equal("category", violation.Field);
        Assert.Contains("Repairs, DampAndMould, AntiSocialBehaviourHandling", violation.Description);
    }

    [Fact]
    public async Task LogComplaint_WithACategoryFromTheList_ShowsIt_AndItsEventsCarryItAndTheDeclineReason()
    {
        await using var host = await RunningHost.StartAsync();
        var request = IntakeMethods.ValidRequest();
        request.Category = "DampAndMould";
        var logged = (await host.Intake.LogComplaintAsync(request).ResponseAsync).Complaint;
        await host.Intake.DeclineComplaintAsync(new DeclineComplaintRequest
        {
            ComplaintId = logged.Id, ExclusionReason = "AlreadyConsidered", Explanation = "Answered in March.", OmbudsmanSignposted = true,
        }).ResponseAsync;

        var read = (await host.Intake.GetComplaintAsync(new GetComplaintRequest { Id = logged.Id }).ResponseAsync).Complaint;
        var (events, _) = await Subscription.UntilCaughtUpAsync(host, new SubscribeRequest());

        Assert.Equal(("DampAndMould", "DampAndMould"), (logged.Category, read.Category));
        Assert.Equal("DampAndMould", Subscription.PayloadField(events.Single(e => e.Type == Subscription.ComplaintLogged), "category"));
        var declined = events.Single(e => e.Type == "complaints.intake.v1.ComplaintDeclined");
        Assert.Equal("AlreadyConsidered", Subscription.PayloadField(declined, "exclusionReason"));
        Assert.NotEmpty(Subscription.PayloadField(declined, "occurredAt"));
    }

    [Fact]
    public async Task IssueResponse_WithAThemeOrRootCauseNotOnTheProfilesLists_IsRefused_NamingEachOne()
    {
        await using var host = await RunningHost.StartAtAsync(TsmYear.Today);
        var complaint = await TsmYear.LoggedAsync(host, "TEN-000123", "2026-05-05 10:00");
        await host.Intake.AcknowledgeComplaintAsync(new AcknowledgeComplaintRequest
        {
            ComplaintId = complaint.Id, ComplaintDefinition = "Boiler", NamedOfficer = "Sam Patel", OccurredAt = When.London("2026-05-06 09:00"),
        }).ResponseAsync;
        var response = TsmYear.Response(complaint.Id, 1, "2026-05-07 15:00");
        response.Themes.Add(["RepairsDelays", "Weather"]);
        response.RootCauses.Add("Bad luck");

        var error = await Assert.ThrowsAsync<RpcException>(() => host.Investigation.IssueResponseAsync(response).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var violations = error.Detail<BadRequest>()!.FieldViolations;
        Assert.Equal(["themes[1]", "root_causes[0]"], violations.Select(v => v.Field));
        Assert.Contains("RepairsDelays, PoorCommunication", violations[0].Description);
        Assert.Contains("ProcessNotFollowed, PolicyGap", violations[1].Description);
    }

    [Fact]
    public async Task IssueResponse_WithThemesAndRootCauses_PublishesResponseIssued_AndTheSettledClocksVerdicts()
    {
        await using var host = await RunningHost.StartAtAsync(TsmYear.Today);
        var complaint = await TsmYear.LoggedAsync(host, "TEN-000123", "2026-05-05 10:00");
        await host.Intake.AcknowledgeComplaintAsync(new AcknowledgeComplaintRequest
        {
            ComplaintId = complaint.Id, ComplaintDefinition = "Boiler", NamedOfficer = "Sam Patel", OccurredAt = When.London("2026-05-13 09:00"),
        }).ResponseAsync;
        var response = TsmYear.Response(complaint.Id, 1, "2026-05-14 15:00");
        response.Themes.Add(["RepairsDelays", "PoorCommunication"]);
        response.RootCauses.Add("ContractorPerformance");

        await host.Investigation.IssueResponseAsync(response).ResponseAsync;
        var (events, _) = await Subscription.UntilCaughtUpAsync(host, new SubscribeRequest());

        var issued = JsonDocument.Parse(events.Single(e => e.Type == "complaints.investigation.v1.ResponseIssued").PayloadJson).RootElement;
        Assert.Equal(["RepairsDelays", "PoorCommunication"], issued.GetProperty("themes").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(["ContractorPerformance"], issued.GetProperty("rootCauses").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("Upheld", issued.GetProperty("outcomes")[0].GetProperty("outcome").GetString());
        // Received Tue 5 May: acknowledgement due Tue 12 May (5 working days), given Wed 13 May — late; the response was
        // due 10 working days from the acknowledgement (28 May, the bank holiday counted out) and came on 14 May — on time.
        var clocks = events.Where(e => e.Type == "complaints.lifecycle.v1.ComplaintClockSettled")
            .Select(e => JsonDocument.Parse(e.PayloadJson).RootElement)
            .Select(c => (c.GetProperty("clock").GetString(), c.GetProperty("metOnTime").GetBoolean())).ToList();
        Assert.Equal([("stage1.acknowledge", false), ("stage1.respond", true)], clocks);
    }
}
