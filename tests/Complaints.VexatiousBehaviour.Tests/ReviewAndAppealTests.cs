using Complaints.Kernel.Errors;
using Complaints.Kernel.Pipeline;
using Complaints.VexatiousBehaviour.Contracts;
using Complaints.VexatiousBehaviour.Domain;
using Complaints.VexatiousBehaviour.Restrictions;
using static Complaints.VexatiousBehaviour.Tests.ConductSteps;

namespace Complaints.VexatiousBehaviour.Tests;

/// <summary>
/// A restriction in force is reviewed — continued, extended within the longest duration from the review, or lifted —
/// and may be appealed; only the panel role reviews and lifts, and an appeal is decided by the appeals role, never by
/// anyone who sat on the panel. Today is 1 June 2027.
/// </summary>
public sealed class ReviewAndAppealTests(VexatiousBehaviourHosts hosts) : IClassFixture<VexatiousBehaviourHosts>
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ReviewRestriction_Extend_StaysWithinTheLongestDurationFromTheReview(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var caseId = await host.WarnedCaseAsync("TEN-EXTEND");
        var id = await host.ExecuteAsync(Decision(caseId, RestrictionType.WrittenContactOnly, new DateOnly(2027, 12, 17), new DateOnly(2026, 12, 18)), Chair);

        var tooFar = await Assert.ThrowsAsync<RuleViolationException>(() => host.ExecuteAsync(Review(id, ReviewOutcome.Extend, new DateOnly(2028, 6, 1)), Chair));
        var shorter = await Assert.ThrowsAsync<RuleViolationException>(() => host.ExecuteAsync(Review(id, ReviewOutcome.Extend, new DateOnly(2027, 12, 17)), Chair));
        await host.ExecuteAsync(Review(id, ReviewOutcome.Extend, new DateOnly(2028, 5, 31)), Chair);

        var restriction = await host.RestrictionAsync(id);
        Assert.Contains("must end after 2027-12-17 and no later than 2028-05-31", tooFar.Message);
        Assert.Contains("must end after 2027-12-17", shorter.Message);
        Assert.Equal((new DateOnly(2028, 5, 31), new DateOnly(2027, 12, 1)), (restriction.EndsOn, restriction.ReviewDueOn)); // six months from the review
        Assert.Equal((ReviewOutcome.Extend, Chair.Id, new DateOnly(2028, 5, 31)), (restriction.Reviews.Single().Outcome, restriction.Reviews.Single().ReviewedBy, restriction.Reviews.Single().EndsOn));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ReviewRestriction_AfterItLapsed_IsRefused(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var caseId = await host.WarnedCaseAsync("TEN-LAPSED", warnedAt: Instants.Utc("2026-12-01T10:00:00Z"));
        var id = await host.ExecuteAsync(Decision(caseId, RestrictionType.NoVisits, new DateOnly(2027, 3, 1), new DateOnly(2026, 12, 18)), Chair);

        var error = await Assert.ThrowsAsync<RuleViolationException>(() => host.ExecuteAsync(Review(id, ReviewOutcome.Continue, null), Chair));

        Assert.EndsWith("/1 is Lapsed; only a restriction in force can be reviewed.", error.Message);
        Assert.Empty((await host.RestrictionAsync(id)).Reviews);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ReviewOrLift_WithoutThePanelRole_IsPermissionDenied(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var id = await host.RestrictedAsync("TEN-NOROLE", RestrictionType.NoVisits);

        var review = await Assert.ThrowsAsync<PermissionDeniedException>(() => host.ExecuteAsync(Review(id, ReviewOutcome.Lift, null), Caseworker));
        var lift = await Assert.ThrowsAsync<PermissionDeniedException>(() => host.ExecuteAsync(new LiftRestrictionCommand(id, "Calmer now", "Letter L-1", null), Director));

        Assert.Contains("conduct-panel", review.Message);
        Assert.Contains("dee.director does not hold it", lift.Message);
        Assert.Null((await host.RestrictionAsync(id)).LiftedAt);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task LiftRestriction_EndsItNow_AndThereIsThenNothingToLift(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var id = await host.RestrictedAsync("TEN-LIFT", RestrictionType.SinglePointOfContact);

        await host.ExecuteAsync(new LiftRestrictionCommand(id, " No contact issues for three months ", "Letter L-1", null), Chair);
        var again = await Assert.ThrowsAsync<RuleViolationException>(() => host.ExecuteAsync(new LiftRestrictionCommand(id, "Again", "Letter L-2", null), Chair));

        var restriction = await host.RestrictionAsync(id);
        Assert.Equal((ModuleHostFixture.Start, RestrictionStatus.Lifted), (restriction.LiftedAt, restriction.StatusOn(Today, ModuleHostFixture.Start)));
        Assert.Equal("No contact issues for three months", restriction.Reviews.Single().Reasons);
        Assert.EndsWith("is Lifted; there is nothing to lift.", again.Message);
        Assert.Null(await host.ContactAsync("TEN-LIFT", ContactChannel.Phone)); // and it routes no contact
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task DecideAppeal_ByAnyoneWhoTookPartInTheDecision_IsPermissionDenied(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var caseId = await host.WarnedCaseAsync("TEN-APPEAL-PANEL");
        var clerk = new Actor("sam.clerk", new HashSet<string> { "conduct-panel" }); // recorded the decision; not a member
        var id = await host.ExecuteAsync(Decision(caseId, RestrictionType.WrittenContactOnly, new DateOnly(2027, 8, 31)), clerk);
        var appeal = await host.ExecuteAsync(new RecordAppealCommand(id, "I was provoked", null), Caseworker);
        var member = new Actor("ron.member", new HashSet<string> { "conduct-panel", "conduct-appeals" });
        var decider = new Actor(clerk.Id, new HashSet<string> { "conduct-appeals" });

        var byMember = await Assert.ThrowsAsync<PermissionDeniedException>(() => host.ExecuteAsync(Dismiss(appeal), member));
        var byDecider = await Assert.ThrowsAsync<PermissionDeniedException>(() => host.ExecuteAsync(Dismiss(appeal), decider));
        var withoutRole = await Assert.ThrowsAsync<PermissionDeniedException>(() => host.ExecuteAsync(Dismiss(appeal), Caseworker));

        Assert.Contains("ron.member took part in deciding", byMember.Message);
        Assert.Contains("sam.clerk took part in deciding", byDecider.Message);
        Assert.Contains("Only the conduct-appeals role may decide an appeal", withoutRole.Message);
        Assert.Null((await host.AppealAsync(appeal)).Outcome);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task DecideAppeal_Upheld_LiftsTheRestriction_AndIsDecidedOnce(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var id = await host.RestrictedAsync("TEN-APPEAL-UPHELD", RestrictionType.WrittenContactOnly);
        var appeal = await host.ExecuteAsync(new RecordAppealCommand(id, " The calls were about an emergency repair ", null), Caseworker);

        await host.ExecuteAsync(new DecideAppealCommand(appeal, AppealOutcome.Upheld, "The recordings show an emergency", "Letter AP-1", null), Director);
        var twice = await Assert.ThrowsAsync<RuleViolationException>(() => host.ExecuteAsync(Dismiss(appeal), Director));

        var (decided, restriction) = (await host.AppealAsync(appeal), await host.RestrictionAsync(id));
        Assert.Equal((AppealOutcome.Upheld, Director.Id, "The calls were about an emergency repair"), (decided.Outcome, decided.DecidedBy, decided.Grounds));
        Assert.Equal(ModuleHostFixture.Start, restriction.LiftedAt);
        Assert.Contains($"Appeal {appeal} was decided on 2027-06-01 (Upheld)", twice.Message);
        Assert.Equal("Appeal decision", (await host.CaseAsync(restriction.CaseId)).Letters[^1].Kind);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task DecideAppeal_Dismissed_LeavesTheRestrictionInForce(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var id = await host.RestrictedAsync("TEN-APPEAL-DISMISSED", RestrictionType.WrittenContactOnly);
        var appeal = await host.ExecuteAsync(new RecordAppealCommand(id, "I was provoked", null), Caseworker);

        await host.ExecuteAsync(Dismiss(appeal), Director);

        Assert.Equal(AppealOutcome.Dismissed, (await host.AppealAsync(appeal)).Outcome);
        Assert.Null((await host.RestrictionAsync(id)).LiftedAt);
        Assert.True((await host.ContactAsync("TEN-APPEAL-DISMISSED", ContactChannel.Phone))!.Redirected);
    }

    private static ReviewRestrictionCommand Review(long id, ReviewOutcome outcome, DateOnly? newEndsOn) =>
        new(id, outcome, "Two abusive letters since", newEndsOn, "Letter RV-1", null);

    private static DecideAppealCommand Dismiss(long appealId) => new(appealId, AppealOutcome.Dismissed, "The recordings bear out the decision", "Letter AP-1", null);
}
