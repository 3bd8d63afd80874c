using Complaints.Kernel.Errors;
using Complaints.VexatiousBehaviour.Cases;
using Complaints.VexatiousBehaviour.Contracts;
using Complaints.VexatiousBehaviour.Domain;
using Complaints.VexatiousBehaviour.Restrictions;
using static Complaints.VexatiousBehaviour.Tests.ConductSteps;

namespace Complaints.VexatiousBehaviour.Tests;

/// <summary>
/// The panel's decision: only the profile's panel role records it, with a quorum free of conflicts, after the warning
/// the policy requires (unless an immediate risk is recorded), with the Equality Act considerations, for no longer
/// than the policy allows; the review date comes from the profile. A refusal records nothing.
/// </summary>
public sealed class DecideRestrictionTests(VexatiousBehaviourHosts hosts) : IClassFixture<VexatiousBehaviourHosts>
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task DecideRestriction_WithoutAQuorumFreeOfConflicts_IsRefused(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var caseId = await host.WarnedCaseAsync("TEN-Q1");
        var conflicted = Decision(caseId, RestrictionType.WrittenContactOnly, Today.AddMonths(3)) with
        {
            Panel = [Panel[0], Panel[1], Panel[2] with { ConflictOfInterest = "Manages the resident's tenancy" }],
        };
        var counted = Decision(caseId, RestrictionType.WrittenContactOnly, Today.AddMonths(3)) with { Panel = [Panel[0], Panel[1], Panel[1] with { Id = " ron.member " }] };

        var withConflict = await Assert.ThrowsAsync<RuleViolationException>(() => host.ExecuteAsync(conflicted, Chair));
        var sameMemberTwice = await Assert.ThrowsAsync<RuleViolationException>(() => host.ExecuteAsync(counted, Chair));

        Assert.Contains("The panel needs 3 members free of any conflict of interest; 2 are", withConflict.Message);
        Assert.Contains("; 2 are", sameMemberTwice.Message); // a member counts once, however their id is typed
        Assert.Empty(await host.RestrictionsOnCaseAsync(caseId));
    }

    [Theory]
    [MemberData(nameof(Warnings))]
    public async Task DecideRestriction_NeedsThePolicysWarningFirst_UnlessAnImmediateRiskIsRecorded(string provider, string profile, string level, bool allowed)
    {
        var host = await hosts.HostAsync(provider, profile);
        var caseId = await host.WarnedCaseAsync($"TEN-W-{profile}-{level}", Enum.Parse<WarningLevel>(level));
        var decision = Decision(caseId, RestrictionType.NoVisits, Today.AddMonths(2));

        if (allowed)
        {
            Assert.Equal(RestrictionType.NoVisits, (await host.RestrictionAsync(await host.ExecuteAsync(decision, Chair))).Type);
            return;
        }
        var error = await Assert.ThrowsAsync<RuleViolationException>(() => host.ExecuteAsync(decision, Chair));
        var withRisk = await host.ExecuteAsync(decision with { ImmediateRisk = " Threatened to harm staff at the office on 20 May " }, Chair);

        Assert.Contains("No formal written warning has been given", error.Message);
        Assert.Equal("Threatened to harm staff at the office on 20 May", (await host.RestrictionAsync(withRisk)).Considerations.ImmediateRisk);
    }

    public static IEnumerable<object?[]> Warnings => TestDatabase.OnEachProvider(
        ["code2024", "Informal", false], // the product's default: a formal written warning first
        ["code2024", "Formal", true],
        ["tha", "Informal", true]); // THA 8.3: any warning

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task DecideRestriction_BeforeTheWarningWasGiven_IsRefused(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var caseId = await host.WarnedCaseAsync("TEN-W-LATER", warnedAt: ModuleHostFixture.Start);

        var error = await Assert.ThrowsAsync<RuleViolationException>(() =>
            host.ExecuteAsync(Decision(caseId, RestrictionType.NoVisits, Today.AddMonths(2)) with { OccurredAt = ModuleHostFixture.Start.AddDays(-1) }, Chair));

        Assert.Contains("No formal written warning has been given", error.Message); // a warning given since does not count
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task DecideRestriction_LongerThanThePolicyAllows_IsRefused(string provider)
    {
        var host = await hosts.HostAsync(provider); // at most 12 months
        var caseId = await host.WarnedCaseAsync("TEN-LONG");
        var start = new DateOnly(2027, 5, 18);

        var tooLong = await Assert.ThrowsAsync<RuleViolationException>(() =>
            host.ExecuteAsync(Decision(caseId, RestrictionType.WrittenContactOnly, new DateOnly(2028, 5, 18), start), Chair));
        var backwards = await Assert.ThrowsAsync<RuleViolationException>(() =>
            host.ExecuteAsync(Decision(caseId, RestrictionType.WrittenContactOnly, new DateOnly(2027, 5, 17), start), Chair));
        var longest = await host.ExecuteAsync(Decision(caseId, RestrictionType.WrittenContactOnly, new DateOnly(2028, 5, 17), start), Chair);

        Assert.Contains("A restriction from 2027-05-18 may end no later than 2028-05-17 (12 months", tooLong.Message);
        Assert.Contains("asked 2027-05-17", backwards.Message);
        Assert.Equal(new DateOnly(2028, 5, 17), (await host.RestrictionAsync(longest)).EndsOn);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task DecideRestriction_WithoutTheConsiderations_NamesEachOne(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var caseId = await host.WarnedCaseAsync("TEN-BARE");
        var bare = Decision(caseId, RestrictionType.WrittenContactOnly, Today.AddMonths(3)) with
        {
            Panel = [], PermittedRoute = " ", EndsOn = null, Vulnerability = "", EqualityAct = "", Proportionality = " ", Letter = "",
        };

        var error = await Assert.ThrowsAsync<ValidationException>(() => host.ExecuteAsync(bare, Chair));

        Assert.Equal(["panel", "permitted_route", "ends_on", "vulnerability_consideration", "equality_act_consideration", "proportionality", "letter"],
            error.Violations.Select(v => v.Field));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task DecideRestriction_ByACallerWithoutThePanelRole_IsPermissionDeniedAndRecordsNothing(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var caseId = await host.WarnedCaseAsync("TEN-ROLE");

        var error = await Assert.ThrowsAsync<PermissionDeniedException>(() =>
            host.ExecuteAsync(Decision(caseId, RestrictionType.WrittenContactOnly, Today.AddMonths(3)), Caseworker));

        Assert.Equal("Only the conduct-panel role may record the panel's decision; cara.caseworker does not hold it.", error.Message);
        Assert.Empty(await host.RestrictionsOnCaseAsync(caseId));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task DecideRestriction_ReviewsEverySixMonths_AndNoLaterThanItsEnd(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var caseId = await host.WarnedCaseAsync("TEN-REVIEW");

        var year = await host.ExecuteAsync(Decision(caseId, RestrictionType.WrittenContactOnly, new DateOnly(2028, 5, 17), new DateOnly(2027, 5, 18)), Chair);
        var quarter = await host.ExecuteAsync(Decision(caseId, RestrictionType.NoVisits, new DateOnly(2027, 8, 31)), Chair);

        var (first, second) = (await host.RestrictionAsync(year), await host.RestrictionAsync(quarter));
        var conductCase = await host.CaseAsync(caseId);
        Assert.Equal((new DateOnly(2027, 11, 18), new DateOnly(2027, 8, 31)), (first.ReviewDueOn, second.ReviewDueOn));
        Assert.Equal([$"{conductCase.Reference}/1", $"{conductCase.Reference}/2"], new[] { first.Reference, second.Reference });
        Assert.Equal((Today, Chair.Id, RestrictionStatus.Active), (second.StartsOn, second.DecidedBy, second.StatusOn(Today, ModuleHostFixture.Start)));
        Assert.Equal(["Formal warning", "Restriction decision", "Restriction decision"], conductCase.Letters.Select(l => l.Kind));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RecordIncident_OutsideThePolicysListOrWithoutEvidence_NamesEachField(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var caseId = await host.ExecuteAsync(new OpenConductCaseCommand("TEN-INC", null, "Calls", null, null), Caseworker);

        var error = await Assert.ThrowsAsync<ValidationException>(() =>
            host.ExecuteAsync(new RecordIncidentCommand(caseId, null, ContactChannel.Unknown, null, "Rude", " ", null), Caseworker));

        Assert.Equal(["behaviour", "channel", "evidence"], error.Violations.Select(v => v.Field));
        Assert.Empty((await host.CaseAsync(caseId)).Incidents);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task OpenConductCase_IsNumberedPerYear_AndAReplayedKeyOpensItOnce(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var open = new OpenConductCaseCommand(" TEN-OPEN ", " Jo Advocate ", " Repeated calls ", $"hms-{Guid.NewGuid():N}", null);

        var first = await host.ExecuteAsync(open, Caseworker);
        var replay = await host.ExecuteAsync(open, Caseworker);
        var next = await host.ExecuteAsync(open with { IdempotencyKey = null }, Caseworker);

        var (a, b) = (await host.CaseAsync(first), await host.CaseAsync(next));
        Assert.Equal(first, replay);
        Assert.Matches(@"^UBC-2027-\d{6}$", a.Reference);
        Assert.Equal(int.Parse(a.Reference[^6..]) + 1, int.Parse(b.Reference[^6..]));
        Assert.Equal(("TEN-OPEN", "Jo Advocate", "Repeated calls", Caseworker.Id), (a.ResidentReference, a.RepresentativeName, a.Summary, a.OpenedBy));
    }
}
