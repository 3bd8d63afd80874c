using Complaints.EndToEnd.Tests.Conformance;
using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.Intake.Api.V1;
using Complaints.Investigation.Api.V1;
using Google.Protobuf.WellKnownTypes;
using static Complaints.EndToEnd.Tests.Infrastructure.When;

namespace Complaints.EndToEnd.Tests.Investigation;

/// <summary>
/// The policies' "speak to the customer within …" promises are clocks on the case file. Complaints received Monday
/// 1 March 2027 at 10:00; hosts read 1 June 2027.
/// </summary>
public sealed class ContactTargetTests(ProfileHosts hosts) : IClassFixture<ProfileHosts>
{
    [Theory]
    [InlineData("VHA 5.2: spoke to the customer the same afternoon", "2027-03-01 16:00", null, ContactTargetStatus.MetOnTime, "Call #")]
    [InlineData("VHA 5.2: no call, but the written acknowledgement went within three working days", null, "2027-03-04 09:00", ContactTargetStatus.MetOnTime, "stage1.acknowledge")]
    [InlineData("VHA 5.2: called the day after (25 hours), acknowledged late", "2027-03-02 11:00", "2027-03-05 09:00", ContactTargetStatus.MetLate, "Call #")]
    [InlineData("VHA 5.2: neither call nor acknowledgement, ever", null, null, ContactTargetStatus.Overdue, "")]
    public async Task Vha_Stage1_SpeakWithin24Hours_OrAcknowledgeInWritingWithin3WorkingDays(
        string clause, string? calledAt, string? acknowledgedAt, ContactTargetStatus status, string metBy)
    {
        var host = await hosts.ForAsync("vha");
        var complaint = await LoggedAsync(host, clause);
        await host.Investigation.RecordContactAsync(Contact(complaint, ContactKind.Letter, "2027-03-01 12:00")).ResponseAsync; // not spoken
        if (calledAt is not null)
            await host.Investigation.RecordContactAsync(Contact(complaint, ContactKind.Call, calledAt)).ResponseAsync;
        if (acknowledgedAt is not null)
            await host.Intake.AcknowledgeComplaintAsync(new AcknowledgeComplaintRequest
            {
                ComplaintId = complaint, ComplaintDefinition = "Boiler", NamedOfficer = "Sam Patel", OccurredAt = London(acknowledgedAt),
            }).ResponseAsync;

        var target = (await host.Investigation.GetCaseFileAsync(new GetCaseFileRequest { ComplaintId = complaint }).ResponseAsync)
            .ContactTargets.Single(t => t.Name == "stage1.speakToResident");

        Assert.Equal(London("2027-03-02 10:00"), target.DueBy);
        Assert.Equal(status, target.Status);
        Assert.StartsWith(metBy, target.MetBy);
        Assert.Contains("5.2", target.Clause);
    }

    [Fact]
    public async Task Ivh_Stage2_ContactWithin5WorkingDaysOfTheRequest_StartsOnlyWithTheRequest()
    {
        var host = await hosts.ForAsync("ivh");
        var complaint = await LoggedAsync(host, "IVH stage 2: 'contact the customer within 5 working days of the stage 2 complaint being logged'");
        await host.Intake.AcknowledgeComplaintAsync(new AcknowledgeComplaintRequest
        {
            ComplaintId = complaint, ComplaintDefinition = "Boiler", NamedOfficer = "Sam Patel", OccurredAt = London("2027-03-02 09:00"),
        }).ResponseAsync;
        var beforeRequest = await CaseFileAsync(host, complaint);
        var response = new IssueResponseRequest
        {
            ComplaintId = complaint, Stage = 1, ComplaintDefinition = "Boiler", EscalationInformation = "How to ask for stage 2.", OccurredAt = London("2027-03-10 15:00"),
        };
        response.Decisions.Add(new PointDecision { Point = "Boiler", Outcome = DecisionOutcome.NotUpheld, Reasons = "Repaired on time." });
        await host.Investigation.IssueResponseAsync(response).ResponseAsync;
        await host.Investigation.RequestEscalationAsync(new RequestEscalationRequest { ComplaintId = complaint, OccurredAt = London("2027-03-11 10:00") }).ResponseAsync;
        await host.Investigation.RecordContactAsync(Contact(complaint, ContactKind.Email, "2027-03-18 10:00")).ResponseAsync;

        var target = (await CaseFileAsync(host, complaint)).ContactTargets.Single();

        Assert.Empty(beforeRequest.ContactTargets);
        Assert.Equal("stage2.contactResident", target.Name);
        Assert.Equal(London("2027-03-19 00:00"), target.DueBy); // Thu 11 + 5 working days = Thu 18 March, end of day
        Assert.Equal(ContactTargetStatus.MetOnTime, target.Status);
    }

    [Fact]
    public async Task Code2024_SetsNoContactTarget()
    {
        var host = await hosts.ForAsync("code2024");
        var complaint = await LoggedAsync(host, "The Code has no contact target");

        Assert.Empty((await CaseFileAsync(host, complaint)).ContactTargets);
    }

    private static async Task<string> LoggedAsync(RunningHost host, string description)
    {
        var log = IntakeMethods.ValidRequest(description);
        log.ReceivedAt = London("2027-03-01 10:00");
        log.Points.Add("Boiler");
        return (await host.Intake.LogComplaintAsync(log).ResponseAsync).Complaint.Id;
    }

    private static async Task<GetCaseFileResponse> CaseFileAsync(RunningHost host, string complaintId) =>
        await host.Investigation.GetCaseFileAsync(new GetCaseFileRequest { ComplaintId = complaintId }).ResponseAsync;

    private static RecordContactRequest Contact(string complaintId, ContactKind kind, string at) => new()
    {
        ComplaintId = complaintId, Kind = kind, Direction = ContactDirection.ToResident, Summary = $"{kind} with the resident", OccurredAt = London(at),
    };
}
