using Complaints.EndToEnd.Tests.Conformance;
using Complaints.Intake.Api.V1;
using Complaints.Investigation.Api.V1;
using static Complaints.EndToEnd.Tests.Infrastructure.When;

namespace Complaints.EndToEnd.Tests.Investigation;

/// <summary>GetCaseFile as of an instant: the contacts made by then and the targets' statuses then, as the other reads show clocks.</summary>
public sealed class CaseFileAsOfTests(ProfileHosts hosts) : IClassFixture<ProfileHosts>
{
    [Fact]
    public async Task GetCaseFile_AsOfBeforeTheCall_ShowsTheTargetRunningAndNotYetTheCall()
    {
        var host = await hosts.ForAsync("vha"); // VHA 5.2: speak to the customer within 24 hours
        var complaint = (await host.Intake.LogComplaintAsync(new LogComplaintRequest
        {
            Channel = Channel.Phone, Description = "No heating", ResidentReference = "TEN-ASOF", ReceivedAt = London("2027-03-01 10:00"),
        }).ResponseAsync).Complaint.Id;
        await host.Investigation.RecordContactAsync(new RecordContactRequest
        {
            ComplaintId = complaint, Kind = ContactKind.Call, Direction = ContactDirection.ToResident, Summary = "Spoke to the resident",
            OccurredAt = London("2027-03-01 16:00"),
        }).ResponseAsync;

        var before = await host.Investigation.GetCaseFileAsync(new GetCaseFileRequest { ComplaintId = complaint, AsOf = London("2027-03-01 12:00") }).ResponseAsync;
        var now = await host.Investigation.GetCaseFileAsync(new GetCaseFileRequest { ComplaintId = complaint }).ResponseAsync;

        Assert.Empty(before.Contacts);
        Assert.Equal(ContactTargetStatus.OnTrack, before.ContactTargets.Single(t => t.Name == "stage1.speakToResident").Status);
        Assert.Single(now.Contacts);
        Assert.Equal(ContactTargetStatus.MetOnTime, now.ContactTargets.Single(t => t.Name == "stage1.speakToResident").Status);
    }
}
