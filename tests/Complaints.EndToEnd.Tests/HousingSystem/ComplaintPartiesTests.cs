using Complaints.HousingSystem.Api.V1;
using Google.Protobuf.WellKnownTypes;

namespace Complaints.EndToEnd.Tests.HousingSystem;

/// <summary>
/// Complaints gain a resident and a property from the HMS (a real HTTP server): resolved after the complaint is logged,
/// cached with when they were fetched, shown with every complaint about them; and never a reason to refuse a complaint.
/// </summary>
public sealed class ComplaintPartiesTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task LogComplaint_WithAResidentAndAProperty_ResolvesBothThroughTheHms_AndCachesThemWithWhenFetched(string provider)
    {
        await using var scenario = await HmsScenario.StartAsync(provider);
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        var complaint = await scenario.LogAsync("TEN-1", "PROP-1", "Anxiety");
        var property = await scenario.PropertyWhenAsync("PROP-1", p => p.Complaints.Any(c => c.Resolution == Resolution.Resolved));
        var resident = await scenario.Host.HousingSystem.GetResidentAsync(new GetResidentRequest { ResidentReference = "TEN-1" });
        // Reads only: the product also posts its events to the HMS (webhooks), the stock type resolved among them.
        var askedOnceResolved = scenario.Hms.Requests.Count(r => r.Method == "GET");
        await scenario.Host.HousingSystem.GetResidentAsync(new GetResidentRequest { ResidentReference = "TEN-1" });
        await scenario.Host.HousingSystem.GetPropertyAsync(new GetPropertyRequest { PropertyReference = "PROP-1" });

        Assert.Equal(Resolution.Resolved, property.Resolution);
        Assert.Equal("Flat 4, Riverside Court", property.Property.Address.Line1);
        Assert.Equal("Riverside Court", property.Property.Block.Name);
        Assert.Equal("Riverside", property.Property.Scheme.Name);
        Assert.InRange(property.Property.FetchedAt.ToDateTimeOffset(), before, DateTimeOffset.UtcNow);
        Assert.Equal(complaint.Reference, Assert.Single(property.Complaints).Reference);
        Assert.Equal("Amara Okafor", resident.Resident.Name);
        Assert.Equal(ContactMethod.TextMessage, resident.Resident.ContactPreferences.PreferredMethod);
        Assert.Equal(TenureType.SocialRent, resident.Resident.Tenancy.TenureType);
        Assert.Equal("HH-1", resident.Resident.Household.Reference);
        Assert.InRange(resident.Resident.FetchedAt.ToDateTimeOffset(), before, DateTimeOffset.UtcNow);
        Assert.Equal(["Hearing impairment", "Anxiety"], resident.VulnerabilitiesAcrossComplaints);
        Assert.Equal(["Written contact first"], resident.AdjustmentsAcrossComplaints);
        Assert.Equal("PROP-1", Assert.Single(resident.Complaints).PropertyReference);
        // Once resolved, reads are answered from the cache: the HMS is asked nothing more.
        Assert.Contains(scenario.Hms.Requests, r => r.Path == "residents/TEN-1/tenancy");
        Assert.Equal(askedOnceResolved, scenario.Hms.Requests.Count(r => r.Method == "GET"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TwoComplaintsAboutOneProperty_AreShownAsRepeatComplaints_UnderTheProfilesWindow(string provider)
    {
        await using var scenario = await HmsScenario.StartAsync(provider);

        await scenario.LogAsync("TEN-7", "PROP-2");
        var once = await scenario.PropertyWhenAsync("PROP-2", p => p.Complaints.Count == 1);
        await scenario.LogAsync("TEN-8", "PROP-2");
        var twice = await scenario.PropertyWhenAsync("PROP-2", p => p.Complaints.Count == 2);
        var listed = await scenario.Host.HousingSystem.ListRepeatComplaintsAsync(new ListRepeatComplaintsRequest());

        Assert.False(once.RepeatComplaints.Repeat);
        Assert.True(twice.RepeatComplaints.Repeat);
        Assert.Equal(2, twice.RepeatComplaints.ComplaintsInWindow);
        Assert.Equal(365, twice.RepeatComplaints.WindowDays);
        Assert.Equal(2, twice.RepeatComplaints.MinimumComplaints);
        Assert.NotEmpty(twice.RepeatComplaints.Clause);
        var repeat = Assert.Single(listed.Properties);
        Assert.Equal(("PROP-2", 2), (repeat.PropertyReference, repeat.ComplaintsInWindow));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task LogComplaint_WhenTheHmsIsDown_IsLogged_AndItsResidentAndPropertyAreResolvedOnceTheHmsIsBack(string provider)
    {
        await using var scenario = await HmsScenario.StartAsync(provider);
        scenario.Hms.Down = true;

        var complaint = await scenario.LogAsync("TEN-1", "PROP-1");
        var pending = await scenario.PropertyWhenAsync("PROP-1", p => p.Complaints.Count == 1);
        await Task.Delay(TimeSpan.FromSeconds(1.5)); // at least one retry, still down
        var stillPending = await scenario.Host.HousingSystem.GetPropertyAsync(new GetPropertyRequest { PropertyReference = "PROP-1" });
        scenario.Hms.Down = false;
        var resolved = await scenario.PropertyWhenAsync("PROP-1", p => p.Complaints.All(c => c.Resolution == Resolution.Resolved));

        Assert.Equal(complaint.Reference, Assert.Single(pending.Complaints).Reference);
        Assert.Equal(Resolution.Pending, pending.Complaints[0].Resolution);
        Assert.Equal(Resolution.Pending, stillPending.Complaints[0].Resolution);
        Assert.Equal(Resolution.Pending, stillPending.Resolution);
        Assert.Null(stillPending.Property);
        Assert.Equal(Resolution.Resolved, resolved.Complaints[0].Resolution);
        Assert.Equal("LS1 4AB", resolved.Property.Address.Postcode);
        Assert.Contains(scenario.Hms.Requests, r => r.Path == "residents/TEN-1" && r.Method == "GET");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task LogComplaint_WithAResidentOnly_IsLinkedToTheHomeOfTheirTenancy(string provider)
    {
        await using var scenario = await HmsScenario.StartAsync(provider);

        var complaint = await scenario.LogAsync("TEN-1", "");
        var property = await scenario.PropertyWhenAsync("PROP-1", p => p.Complaints.Count == 1);

        Assert.Equal(complaint.Reference, Assert.Single(property.Complaints).Reference);
        Assert.Equal("Riverside Court", property.Property.Block.Name);
    }
}
