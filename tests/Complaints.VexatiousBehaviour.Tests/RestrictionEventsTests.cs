using Complaints.VexatiousBehaviour.Domain;
using Complaints.VexatiousBehaviour.Restrictions;
using static Complaints.VexatiousBehaviour.Tests.ConductSteps;

namespace Complaints.VexatiousBehaviour.Tests;

/// <summary>
/// A restriction's course — decided, reviewed, appealed, the appeal upheld and the restriction lifted — is published
/// into the event log step by step, each with the instant it happened. Today is 1 June 2027.
/// </summary>
public sealed class RestrictionEventsTests(VexatiousBehaviourHosts hosts) : IClassFixture<VexatiousBehaviourHosts>
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ARestrictionsCourse_IsPublished_WithEachStepsInstant(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var start = ModuleHostFixture.Start;
        var id = await host.RestrictedAsync("TEN-EVENTS", RestrictionType.LimitedCalls);
        host.Clock.Set(start.AddDays(10));
        await host.ExecuteAsync(new ReviewRestrictionCommand(id, ReviewOutcome.Continue, "Still needed", null, "Letter R-1", start.AddDays(5)), Chair);
        var appeal = await host.ExecuteAsync(new RecordAppealCommand(id, "Unfair", start.AddDays(6)), Caseworker);
        await host.ExecuteAsync(new DecideAppealCommand(appeal, AppealOutcome.Upheld, "Disproportionate", "Letter A-1", start.AddDays(8)), Director);

        var events = (await EventLogEntries.ReadAsync(host.Services, "complaints.vexatious_behaviour.v1."))
            .Where(e => e.Payload.GetProperty("restrictionId").GetInt64() == id).ToList();

        Assert.Equal(
            [("RestrictionDecided", start), ("RestrictionReviewed", start.AddDays(5)), ("RestrictionAppealed", start.AddDays(6)),
             ("RestrictionAppealDecided", start.AddDays(8)), ("RestrictionLifted", start.AddDays(8))],
            events.Select(e => (e.Name, e.Payload.GetProperty("occurredAt").GetDateTimeOffset())));
        Assert.Equal(("LimitedCalls", "2027-08-31", "2027-08-31"), (events[0].Payload.GetProperty("kind").GetString(),
            events[0].Payload.GetProperty("endsOn").GetString(), events[0].Payload.GetProperty("reviewDueOn").GetString()));
        Assert.Equal(("Continue", "2027-08-31"), (events[1].Payload.GetProperty("outcome").GetString(), events[1].Payload.GetProperty("reviewDueOn").GetString()));
        Assert.True(events[3].Payload.GetProperty("upheld").GetBoolean());
        Assert.Equal("AppealUpheld", events[4].Payload.GetProperty("because").GetString());
    }
}
