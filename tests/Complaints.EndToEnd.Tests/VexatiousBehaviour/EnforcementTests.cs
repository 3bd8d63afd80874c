using Complaints.Common.V1;
using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.Intake.Api.V1;
using Complaints.Investigation.Api.V1;
using Complaints.VexatiousBehaviour.Api.V1;
using static Complaints.EndToEnd.Tests.Infrastructure.ConductMethods;

namespace Complaints.EndToEnd.Tests.VexatiousBehaviour;

/// <summary>
/// Restrictions are applied by a PreValidation step on other modules' contact-bearing messages: a restricted
/// resident's complaint is always logged — flagged and routed, never refused — for every restriction type.
/// </summary>
public sealed class EnforcementTests
{
    [Theory]
    [InlineData(RestrictionType.SinglePointOfContact, true)]
    [InlineData(RestrictionType.WrittenContactOnly, true)]
    [InlineData(RestrictionType.LimitedCalls, false)]
    [InlineData(RestrictionType.NoVisits, false)]
    [InlineData(RestrictionType.AnswerOnlyNewMatters, false)]
    [InlineData(RestrictionType.NoEscalationOfAbusiveCorrespondence, false)]
    public async Task APhoneComplaintFromARestrictedResident_IsLoggedFlaggedAndRouted_NeverRefused(RestrictionType type, bool redirected)
    {
        await using var host = await RunningHost.StartAsync();
        var resident = $"TEN-{type}";
        await RestrictedAsync(host, resident, type);
        var phone = IntakeMethods.ValidRequest("The boiler is still broken");
        (phone.ResidentReference, phone.Channel) = (resident, Channel.Phone);

        var logged = (await host.Intake.LogComplaintAsync(phone).ResponseAsync).Complaint;
        var read = (await host.Intake.GetComplaintAsync(new GetComplaintRequest { Id = logged.Id }).ResponseAsync).Complaint;

        Assert.Equal(Stage.Received, read.Stage);
        Assert.NotNull(read.ContactRouting);
        Assert.Equal((redirected, type.ToString()), (read.ContactRouting.Redirected, read.ContactRouting.Kinds));
        Assert.EndsWith("/1", read.ContactRouting.Restrictions);
        if (redirected)
            Assert.StartsWith("Write to Sam Lee", read.ContactRouting.PermittedRoute);
    }

    [Fact]
    public async Task AHealthAndSafetyComplaint_AlwaysPasses_AndAnUnrestrictedResidentIsNotFlagged()
    {
        await using var host = await RunningHost.StartAsync();
        await RestrictedAsync(host, "TEN-90", RestrictionType.WrittenContactOnly);
        var urgent = IntakeMethods.ValidRequest("Gas smell in the kitchen");
        (urgent.ResidentReference, urgent.Channel, urgent.HealthAndSafety) = ("TEN-90", Channel.Phone, true);
        var other = IntakeMethods.ValidRequest("Fence down");
        (other.ResidentReference, other.Channel) = ("TEN-91", Channel.Phone);

        var logged = (await host.Intake.LogComplaintAsync(urgent).ResponseAsync).Complaint;
        var unrestricted = (await host.Intake.LogComplaintAsync(other).ResponseAsync).Complaint;
        var read = (await host.Intake.GetComplaintAsync(new GetComplaintRequest { Id = logged.Id }).ResponseAsync).Complaint;

        Assert.False(read.ContactRouting.Redirected);
        Assert.Contains("always accepted", read.ContactRouting.Reason);
        Assert.Null((await host.Intake.GetComplaintAsync(new GetComplaintRequest { Id = unrestricted.Id }).ResponseAsync).Complaint.ContactRouting);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ACallFromTheResidentOnTheirComplaint_IsRecordedAndRouted_OurOwnCallIsNot(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);
        var log = IntakeMethods.ValidRequest("Damp in the bedroom");
        (log.ResidentReference, log.Channel) = ("TEN-92", Channel.Email);
        var complaint = (await host.Intake.LogComplaintAsync(log).ResponseAsync).Complaint;
        await RestrictedAsync(host, "TEN-92", RestrictionType.WrittenContactOnly);

        var fromResident = (await host.Investigation.RecordContactAsync(new RecordContactRequest
        {
            ComplaintId = complaint.Id, Kind = ContactKind.Call, Direction = ContactDirection.FromResident, Summary = "Rang to chase the surveyor",
        }).ResponseAsync).Contact;
        var toResident = (await host.Investigation.RecordContactAsync(new RecordContactRequest
        {
            ComplaintId = complaint.Id, Kind = ContactKind.Call, Direction = ContactDirection.ToResident, Summary = "Rang back with the date",
        }).ResponseAsync).Contact;

        Assert.True(fromResident.Routing.Redirected);
        Assert.Contains("in writing only", fromResident.Routing.Reason);
        Assert.Null(toResident.Routing);
    }

    private static async Task RestrictedAsync(RunningHost host, string resident, RestrictionType type)
    {
        var warned = await ConductData.WarnedCaseAsync(host, resident);
        var ends = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await host.Conduct.DecideRestrictionAsync(ConductData.Decision(warned.Id, type, ends), As("pat.chair")).ResponseAsync;
    }
}
