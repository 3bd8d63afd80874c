using Complaints.VexatiousBehaviour.Contracts;
using Complaints.VexatiousBehaviour.Domain;
using static Complaints.VexatiousBehaviour.Tests.ConductSteps;

namespace Complaints.VexatiousBehaviour.Tests;

/// <summary>
/// The restriction step on every message that carries contact from a resident: the contact is always taken — flagged,
/// and sent to the permitted route where the restriction says — never refused; urgent matters always pass; only a
/// restriction in force on the day counts.
/// </summary>
public sealed class ContactRoutingTests(VexatiousBehaviourHosts hosts) : IClassFixture<VexatiousBehaviourHosts>
{
    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Contact_FromARestrictedResident_IsTakenAndRoutedAsTheRestrictionSays(string provider, string type, ContactChannel channel, bool redirected)
    {
        var host = await hosts.HostAsync(provider);
        var resident = $"TEN-{type}-{channel}";
        await host.RestrictedAsync(resident, Enum.Parse<RestrictionType>(type));

        var routing = await host.ContactAsync(resident, channel);

        Assert.NotNull(routing);
        Assert.Equal((redirected, type), (routing.Redirected, routing.Restriction));
        Assert.EndsWith("/1", routing.RestrictionReference);
        Assert.Equal(redirected ? "Write to Sam Lee, Customer Resolution Manager, or email sam.lee@landlord.example" : "", routing.PermittedRoute);
    }

    public static IEnumerable<object?[]> Routes => TestDatabase.OnEachProvider(
        ["SinglePointOfContact", ContactChannel.Email, true],
        ["WrittenContactOnly", ContactChannel.Phone, true],
        ["WrittenContactOnly", ContactChannel.InPerson, true],
        ["WrittenContactOnly", ContactChannel.Email, false],
        ["NoVisits", ContactChannel.InPerson, true],
        ["NoVisits", ContactChannel.Phone, false],
        ["LimitedCalls", ContactChannel.Phone, false],
        ["AnswerOnlyNewMatters", ContactChannel.Letter, false],
        ["NoEscalationOfAbusiveCorrespondence", ContactChannel.Email, false]);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Contact_AboutAnUrgentMatter_AlwaysPasses(string provider)
    {
        var host = await hosts.HostAsync(provider);
        await host.RestrictedAsync("TEN-URGENT", RestrictionType.WrittenContactOnly);

        var routing = await host.ContactAsync("TEN-URGENT", ContactChannel.Phone, urgent: true);

        Assert.False(routing!.Redirected);
        Assert.Contains("always accepted, whatever the restriction", routing.Reason);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Contact_AboutAComplaint_FindsItsResidentThroughTheComplaint(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var complaint = host.OnRecord(Instants.Utc("2027-05-03T10:00:00Z"), resident: "TEN-BY-COMPLAINT");
        await host.RestrictedAsync("TEN-BY-COMPLAINT", RestrictionType.WrittenContactOnly);

        var routing = await host.ExecuteAsync(new ResidentContactCommand(null, ContactChannel.Phone, complaint.ComplaintId), Caseworker);

        Assert.True(routing!.Redirected);
        Assert.Contains("in writing only", routing.Reason);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Contact_OutsideARestrictionsDates_OrFromAnotherResident_IsNotFlagged(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var caseId = await host.WarnedCaseAsync("TEN-DATES", warnedAt: Instants.Utc("2026-12-01T10:00:00Z"));
        await host.ExecuteAsync(Decision(caseId, RestrictionType.SinglePointOfContact, new DateOnly(2027, 3, 1), new DateOnly(2026, 12, 18)), Chair); // lapsed
        await host.ExecuteAsync(Decision(caseId, RestrictionType.SinglePointOfContact, new DateOnly(2027, 9, 1), new DateOnly(2027, 7, 1)), Chair); // scheduled

        var routing = await host.ContactAsync("TEN-DATES", ContactChannel.Phone);
        var lastDayOfTheFirst = await host.ContactOnAsync("TEN-DATES", Instants.London("2027-03-01 16:00"));
        var other = await host.ContactAsync("TEN-SOMEONE-ELSE", ContactChannel.Phone);

        Assert.Null(routing);
        Assert.True(lastDayOfTheFirst!.Redirected); // in force to the end of its last day
        Assert.Null(other);
    }
}
