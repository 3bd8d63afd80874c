using Complaints.VexatiousBehaviour.Domain;
using Complaints.VexatiousBehaviour.Restrictions;
using static Complaints.VexatiousBehaviour.Tests.ConductSteps;

namespace Complaints.VexatiousBehaviour.Tests;

/// <summary>
/// A profile may set reviews in working days rather than months: twenty working days from Friday 18 December 2026,
/// over Christmas and New Year, is Wednesday 20 January 2027; from a review on Tuesday 1 June 2027, Tuesday 29 June.
/// </summary>
public sealed class ReviewScheduleTests(WorkingDayReviewHosts hosts) : IClassFixture<WorkingDayReviewHosts>
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Reviews_FallEveryTwentyWorkingDays_FromTheStartAndThenFromEachReview(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var caseId = await host.WarnedCaseAsync("TEN-WD", warnedAt: Instants.Utc("2026-12-01T10:00:00Z"));
        var id = await host.ExecuteAsync(Decision(caseId, RestrictionType.WrittenContactOnly, new DateOnly(2027, 12, 17), new DateOnly(2026, 12, 18)), Chair);
        var decided = (await host.RestrictionAsync(id)).ReviewDueOn;

        await host.ExecuteAsync(new ReviewRestrictionCommand(id, ReviewOutcome.Continue, "Still abusive by phone", null, "Letter RV-1", null), Chair);

        Assert.Equal(new DateOnly(2027, 1, 20), decided);
        Assert.Equal(new DateOnly(2027, 6, 29), (await host.RestrictionAsync(id)).ReviewDueOn);
    }
}
