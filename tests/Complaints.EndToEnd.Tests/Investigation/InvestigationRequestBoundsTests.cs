using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.Intake.Api.V1;
using Complaints.Investigation.Api.V1;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using StatusCode = Grpc.Core.StatusCode;

namespace Complaints.EndToEnd.Tests.Investigation;

/// <summary>
/// Investigation's requests state their maximums and where line breaks are allowed (investigation.proto); over the
/// wire a request past them is INVALID_ARGUMENT naming the field, and nothing is stored.
/// </summary>
public sealed class InvestigationRequestBoundsTests
{
    public static TheoryData<string, Action<IssueResponseRequest>, string> BrokenResponses => new()
    {
        { "decisions", r => r.Decisions.Add(Enumerable.Range(3, 49).Select(i => Decision($"Point {i}"))), "must hold at most 50 items (holds 51)" },
        { "remedies", r => r.Remedies.Add(Enumerable.Range(1, 49).Select(i => new Remedy { Kind = RemedyKind.Apology, Description = $"Sorry {i}" })),
            "must hold at most 50 items (holds 51)" },
        { "outstanding_actions", r => r.OutstandingActions.Add(Enumerable.Range(1, 50).Select(i => new OutstandingAction { Description = $"Do {i}", DueOn = "2026-12-04" })),
            "must hold at most 50 items (holds 51)" },
        { "decisions[1].reasons", r => r.Decisions[1].Reasons = "One call\0was made", "U+0000 at character 9" },
        { "remedies[0].description", r => r.Remedies[0].Description = new string('r', 10_001), "must be at most 10,000 characters (is 10,001)" },
        { "outstanding_actions[0].due_on", r => r.OutstandingActions[0].DueOn = "2026-12\n04", "line breaks and tabs are allowed only in free text" },
        { "complaint_definition", r => r.ComplaintDefinition = new string('d', 1024 * 1024), "must be at most 10,000 characters (is 1,048,576)" },
    };

    [Theory]
    [MemberData(nameof(BrokenResponses))]
    public async Task IssueResponse_PastABound_IsRefusedNamingTheField_AndNothingIsStored(string field, Action<IssueResponseRequest> breakIt, string description)
    {
        await using var host = await RunningHost.StartAsync();
        var complaint = await AcknowledgedAsync(host, ["The engineer missed two appointments", "Nobody called back"]);
        var request = Response(complaint.Id, ["The engineer missed two appointments", "Nobody called back"]);
        breakIt(request);

        var violation = await RefusedAsync(host.Investigation.IssueResponseAsync(request).ResponseAsync);
        var afterRefusal = await LifecycleMethods.ReadAsync(host, complaint.Id);
        var actionsAfterRefusal = (await CaseFileAsync(host, complaint.Id)).Actions;
        // The same response within its bounds is then issued whole: the refusal left nothing half-done.
        var issued = await host.Investigation.IssueResponseAsync(Response(complaint.Id, ["The engineer missed two appointments", "Nobody called back"])).ResponseAsync;

        Assert.Equal(field, violation.Field);
        Assert.Contains(description, violation.Description);
        Assert.Equal(complaint.Version, afterRefusal.Version);
        Assert.Empty(actionsAfterRefusal);
        Assert.Equal(Complaints.Common.V1.Stage.Stage1Responded, issued.Change.Stage);
        Assert.Equal(["Replace the boiler"], (await CaseFileAsync(host, complaint.Id)).Actions.Select(a => a.Description));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task IssueResponse_AtEveryBound_IsStoredWhole_WithLineBreaksKeptInProse(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);
        // 50 points, the most a complaint is logged with, one as long as a point may be.
        var points = Enumerable.Range(1, 49).Select(i => $"Point {i}").Prepend("Point 0 " + new string('p', 10_000 - 8)).ToList();
        var complaint = await AcknowledgedAsync(host, points);
        var request = Response(complaint.Id, points);
        request.ComplaintDefinition = "Missed repairs\n" + new string('c', 10_000 - 15);
        foreach (var decision in request.Decisions)
            decision.Reasons = "Our records show\r\nboth visits were missed.";
        request.Remedies.Clear();
        request.Remedies.Add(Enumerable.Range(1, 50).Select(i => new Remedy { Kind = RemedyKind.Apology, Description = $"Sorry {i}\nfor the delay" }));
        request.OutstandingActions.Clear();
        request.OutstandingActions.Add(Enumerable.Range(1, 50).Select(i => new OutstandingAction { Description = $"Action {i}\nwith detail", DueOn = "2026-12-04" }));

        var issued = await host.Investigation.IssueResponseAsync(request).ResponseAsync;
        var actions = (await CaseFileAsync(host, complaint.Id)).Actions;

        Assert.Equal(Complaints.Common.V1.Stage.Stage1Responded, issued.Change.Stage);
        Assert.Contains(new string('p', 10_000 - 8), issued.Letter);
        Assert.Contains(new string('c', 10_000 - 15), issued.Letter);
        Assert.Equal(request.OutstandingActions.Select(a => a.Description), actions.Select(a => a.Description));
    }

    public static TheoryData<string, Func<InvestigationService.InvestigationServiceClient, string, long, Task>, string> BrokenCaseFileCalls => new()
    {
        { "complaint_id", (api, _, _) => api.RecordContactAsync(new RecordContactRequest
            { ComplaintId = new string('c', 1024 * 1024), Kind = ContactKind.Call, Direction = ContactDirection.ToResident, Summary = "Called" }).ResponseAsync,
            "must be at most 100 characters (is 1,048,576)" },
        { "summary", (api, id, _) => api.RecordContactAsync(new RecordContactRequest
            { ComplaintId = id, Kind = ContactKind.Call, Direction = ContactDirection.ToResident, Summary = "Called\0" }).ResponseAsync, "U+0000 at character 7" },
        { "location", (api, id, _) => api.RecordEvidenceAsync(new RecordEvidenceRequest
            { ComplaintId = id, Kind = EvidenceKind.Photo, Title = "Mould", Location = new string('l', 2049) }).ResponseAsync, "must be at most 2,048 characters (is 2,049)" },
        { "title", (api, id, _) => api.RecordEvidenceAsync(new RecordEvidenceRequest
            { ComplaintId = id, Kind = EvidenceKind.Photo, Title = "Mould\nin the bedroom", Location = "doc-1" }).ResponseAsync, "line breaks and tabs are allowed only in free text" },
        { "officer.name", (api, id, _) => api.AssignOfficerAsync(new AssignOfficerRequest
            {
                ComplaintId = id, Stage = 1, ServiceAreaComplainedAbout = "Repairs",
                Officer = new Officer { Id = "sam", Name = "Sam\tPatel", Seniority = Seniority.Manager, ServiceArea = "Repairs" },
            }).ResponseAsync, "line breaks and tabs are allowed only in free text" },
        { "description", (api, id, _) => api.AddActionAsync(new AddActionRequest
            { ComplaintId = id, Description = new string('a', 10_001), DueOn = "2026-12-04" }).ResponseAsync, "must be at most 10,000 characters (is 10,001)" },
        { "update", (api, _, action) => api.UpdateActionAsync(new UpdateActionRequest { ActionId = action, Update = "On order\u001B" }).ResponseAsync, "U+001B" },
        { "new_due_on", (api, _, action) => api.UpdateActionAsync(new UpdateActionRequest
            { ActionId = action, Update = "Moved", NewDueOn = "2026-12-11T00:00:00Z" }).ResponseAsync, "must be at most 10 characters (is 20)" },
        { "transferred_to", (api, _, action) => api.CompleteActionAsync(new CompleteActionRequest
            { ActionId = action, Note = "Handed over", TransferredTo = "Planned\r\nworks" }).ResponseAsync, "line breaks and tabs are allowed only in free text" },
        { "note", (api, id, _) => api.CloseComplaintAsync(new CloseComplaintRequest
            { ComplaintId = id, Reason = CloseReason.Resolved, Note = new string('n', 10_001) }).ResponseAsync, "must be at most 10,000 characters (is 10,001)" },
        { "mediator", (api, id, _) => api.RecordMediationAsync(new RecordMediationRequest
            { ComplaintId = id, Mediator = new string('m', 201), Accepted = true }).ResponseAsync, "must be at most 200 characters (is 201)" },
        { "reason_code", (api, id, _) => api.RefuseEscalationAsync(new RefuseEscalationRequest
            { ComplaintId = id, ReasonCode = "LateRequest\0", Reasons = "Too late", OmbudsmanSignposted = true }).ResponseAsync, "U+0000" },
        { "reasons", (api, id, _) => api.RequestEscalationAsync(new RequestEscalationRequest
            { ComplaintId = id, Reasons = new string('r', 10_001) }).ResponseAsync, "must be at most 10,000 characters (is 10,001)" },
        { "reason", (api, id, _) => api.ReferToBuildingSafetyRegulatorAsync(new ReferToBuildingSafetyRegulatorRequest
            { ComplaintId = id, Reason = "Cladding\u007F" }).ResponseAsync, "U+007F" },
    };

    [Theory]
    [MemberData(nameof(BrokenCaseFileCalls))]
    public async Task CaseFileAndActionCalls_PastABound_AreRefusedNamingTheField_AndTheCaseFileIsUnchanged(
        string field, Func<InvestigationService.InvestigationServiceClient, string, long, Task> call, string description)
    {
        await using var host = await RunningHost.StartAsync();
        var complaint = await AcknowledgedAsync(host, []);
        var action = (await host.Investigation.AddActionAsync(new AddActionRequest
        {
            ComplaintId = complaint.Id, Description = "Replace the boiler", DueOn = "2026-12-04",
        }).ResponseAsync).Action;
        var asOf = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow);
        var before = await CaseFileAsync(host, complaint.Id, asOf);

        var violation = await RefusedAsync(call(host.Investigation, complaint.Id, action.Id));

        Assert.Equal(field, violation.Field);
        Assert.Contains(description, violation.Description);
        Assert.Equal(before, await CaseFileAsync(host, complaint.Id, asOf));
        Assert.Equal(complaint.Version, (await LifecycleMethods.ReadAsync(host, complaint.Id)).Version);
    }

    [Fact]
    public async Task CaseFile_AtItsBounds_KeepsProseLineBreaks()
    {
        await using var host = await RunningHost.StartAsync();
        var complaint = await AcknowledgedAsync(host, []);
        const string Opening = "Called the resident.\r\n\tThey asked for a visit.\n";
        var summary = Opening + new string('s', 10_000 - Opening.Length);
        var location = "https://documents.example/" + new string('e', 2048 - 26);

        await host.Investigation.RecordContactAsync(new RecordContactRequest
        {
            ComplaintId = complaint.Id, Kind = ContactKind.Call, Direction = ContactDirection.ToResident, Summary = summary,
        }).ResponseAsync;
        await host.Investigation.RecordEvidenceAsync(new RecordEvidenceRequest
        {
            ComplaintId = complaint.Id, Kind = EvidenceKind.Document, Title = new string('t', 200), Location = location, Note = "Signed\nand dated",
        }).ResponseAsync;
        var file = await CaseFileAsync(host, complaint.Id);

        Assert.Equal(summary, Assert.Single(file.Contacts).Summary);
        Assert.Equal((location, "Signed\nand dated"), (Assert.Single(file.Evidence).Location, file.Evidence[0].Note));
    }

    [Fact]
    public async Task ExtendDeadline_ByBillionsOfWorkingDays_IsRefusedNamingIt_AndTheDeadlineStands()
    {
        // Under the Code an agreed extension has no cap, so the days reach the calendar: int.MaxValue used to overflow
        // there and answer INTERNAL.
        await using var host = await RunningHost.StartAsync();
        var complaint = await AcknowledgedAsync(host, []);
        var first = (await host.Investigation.ExtendDeadlineAsync(Extension(complaint.Id, 5)).ResponseAsync).Change;

        var huge = await RefusedAsync(host.Investigation.ExtendDeadlineAsync(Extension(complaint.Id, int.MaxValue - 2)).ResponseAsync);
        var pastTheCalendar = await Assert.ThrowsAsync<RpcException>(() => host.Investigation.ExtendDeadlineAsync(Extension(complaint.Id, 100_000)).ResponseAsync);
        var lifecycle = await LifecycleMethods.ReadAsync(host, complaint.Id);

        Assert.Equal(("working_days", "must be at most 100,000"), huge);
        Assert.Equal(StatusCode.InvalidArgument, pastTheCalendar.StatusCode);
        Assert.Contains("outside the working-day calendar", pastTheCalendar.Status.Detail);
        Assert.Equal(first.Version, lifecycle.Version);
        Assert.Equal(first.RespondDueOn, lifecycle.Clocks.Single(c => c.Name == "stage1.respond").DueOn);
    }

    private static ExtendDeadlineRequest Extension(string complaintId, int days) => new()
    {
        ComplaintId = complaintId, WorkingDays = days, Reason = "Waiting for the surveyor's report", ResidentAgreed = true, OmbudsmanDetailsGiven = true,
    };

    private static PointDecision Decision(string point) => new() { Point = point, Outcome = DecisionOutcome.Upheld, Reasons = "Our records show it." };

    private static IssueResponseRequest Response(string complaintId, IEnumerable<string> points)
    {
        var response = new IssueResponseRequest
        {
            ComplaintId = complaintId, Stage = 1, ComplaintDefinition = "Boiler repair appointments missed and no call back",
            EscalationInformation = "If you are unhappy, reply within 20 working days to ask for a stage 2 review.",
        };
        response.Decisions.Add(points.Select(Decision));
        response.Remedies.Add(new Remedy { Kind = RemedyKind.Apology, Description = "We are sorry for the missed visits." });
        response.Remedies.Add(new Remedy { Kind = RemedyKind.Compensation, Description = "Time and trouble", AmountPence = 7500 });
        response.OutstandingActions.Add(new OutstandingAction { Description = "Replace the boiler", DueOn = "2026-12-04" });
        return response;
    }

    private static async Task<Complaint> AcknowledgedAsync(RunningHost host, IEnumerable<string> points)
    {
        var request = IntakeMethods.ValidRequest();
        request.Points.Add(points);
        var complaint = (await host.Intake.LogComplaintAsync(request).ResponseAsync).Complaint;
        return (await host.Intake.AcknowledgeComplaintAsync(new AcknowledgeComplaintRequest
        {
            ComplaintId = complaint.Id, ComplaintDefinition = "Boiler repair missed twice", NamedOfficer = "Sam Patel",
        }).ResponseAsync).Complaint;
    }

    private static async Task<GetCaseFileResponse> CaseFileAsync(RunningHost host, string complaintId, Timestamp? asOf = null) =>
        await host.Investigation.GetCaseFileAsync(new GetCaseFileRequest { ComplaintId = complaintId, AsOf = asOf }).ResponseAsync;

    private static async Task<(string Field, string Description)> RefusedAsync(Task call)
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => call);
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var violation = Assert.Single(error.Detail<BadRequest>()!.FieldViolations);
        return (violation.Field, violation.Description);
    }
}
