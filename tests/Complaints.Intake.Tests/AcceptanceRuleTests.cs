using Complaints.Intake.Domain;
using static Complaints.Intake.Tests.IntakeSteps;

namespace Complaints.Intake.Tests;

/// <summary>
/// Each profile's acceptance rules, applied at logging and explained, never applied silently: the time limit and what
/// it counts from, its exceptions, anonymous complaints, and an MP's letter. Every complaint is received 2 November 2026.
/// </summary>
public sealed class AcceptanceRuleTests(IntakeHosts hosts) : IClassFixture<IntakeHosts>
{
    [Theory]
    [MemberData(nameof(TimeLimits))]
    public async Task LogComplaint_AppliesThePolicysTimeLimit(
        string provider, string profile, string occurred, string? aware, string flag, bool acceptable, string? suggested, bool mayOverride, string explained)
    {
        var host = await hosts.HostAsync(provider, profile);
        var command = Complaint($"Time limit under {profile}") with
        {
            IssueOccurredAt = Instants.London($"{occurred} 12:00"),
            ResidentAwareAt = aware is null ? null : Instants.London($"{aware} 12:00"),
            Safeguarding = flag == "safeguarding",
            HealthAndSafety = flag == "health and safety",
        };

        var acceptance = (await host.ComplaintAsync((await host.LogAsync(command)).Id)).Acceptance;

        Assert.Equal((acceptable, suggested, mayOverride), (acceptance.Acceptable, acceptance.SuggestedExclusionReason, acceptance.OfficerMayOverride));
        Assert.Contains(explained, acceptance.Explanation);
        Assert.Equal(AcceptanceAssessment.ComplaintRoute, acceptance.Route);
    }

    public static IEnumerable<object?[]> TimeLimits => TestDatabase.OnEachProvider(
        // The Code: 12 months from happening or awareness, with discretion.
        ["code2024", "2025-11-01", null, "", false, "OverTwelveMonths", true, "more than 12 months after the issue happened on 2025-11-01"],
        ["code2024", "2025-11-02", null, "", true, null, false, "within 12 months of the issue happened on 2025-11-02"],
        ["code2024", "2025-11-01", "2026-06-01", "", true, null, false, "within 12 months of the resident became aware of the issue on 2026-06-01"],
        // IDS 4.2: six months from when it happened; awareness does not count, and no officer discretion.
        ["ids", "2026-05-01", "2026-10-01", "", false, "OverSixMonths", false, "more than 6 months after the issue happened on 2026-05-01"],
        // IVH 3.1 and THA 2.4: older is accepted for safeguarding or health and safety.
        ["ivh", "2026-04-01", null, "health and safety", true, null, false, "it concerns health and safety"],
        ["tha", "2026-01-01", null, "safeguarding", true, null, false, "it concerns safeguarding"],
        // VHA's exceptions are health and safety and exceptional cases, not safeguarding.
        ["vha", "2025-10-01", null, "safeguarding", false, "OverTwelveMonths", true, "The policy allows an officer to accept it for good reason"]);

    [Theory]
    [MemberData(nameof(AnonymousCases))]
    public async Task LogComplaint_WhenAnonymous_FollowsThePolicy(string provider, string profile, bool acceptable, string? suggested, bool mayOverride)
    {
        var host = await hosts.HostAsync(provider, profile);

        var logged = await host.LogAsync(Complaint($"Anonymous under {profile}") with { ResidentReference = "", Anonymous = true });
        var acceptance = (await host.ComplaintAsync(logged.Id)).Acceptance;

        Assert.Equal((acceptable, suggested, mayOverride), (acceptance.Acceptable, acceptance.SuggestedExclusionReason, acceptance.OfficerMayOverride));
    }

    public static IEnumerable<object?[]> AnonymousCases => TestDatabase.OnEachProvider(
        ["ids", false, "Anonymous", false], // IDS 4.2: 'is made anonymously'
        ["livin", false, "AnonymousWithoutEnoughInformation", true], // Livin 8.23: a manager's discretion
        ["tha", true, null, false], // THA 4.1: considered on merit
        ["code2024", true, null, false]); // the Code says nothing of anonymity

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task LogComplaint_FromAnMpUnderIds_IsCorrespondenceWithAReplyDateInWorkingDays(string provider)
    {
        var host = await hosts.HostAsync(provider, "ids");

        var logged = await host.LogAsync(Complaint("Letter from the MP about the repairs backlog", Instants.London("2026-12-18 10:00")) with
        {
            Channel = ComplaintChannel.MpOrCouncillor,
        });
        var acceptance = (await host.ComplaintAsync(logged.Id)).Acceptance;

        Assert.Equal((false, AcceptanceAssessment.CorrespondenceRoute, true), (acceptance.Acceptable, acceptance.Route, acceptance.OfficerMayOverride));
        Assert.Equal(Instants.Day("2027-01-06"), acceptance.ReplyDueOn); // IDS 2.2: ten working days, over Christmas and New Year
        Assert.Empty((await host.LifecycleAsync(logged.Id)).Clocks); // a letter, so no complaint clock runs
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task LogComplaint_FromAnMpUnderTheCode_IsAComplaintLikeAnyOther(string provider)
    {
        var host = await hosts.HostAsync(provider, "code2024");

        var logged = await host.LogAsync(Complaint("Letter from the MP for the resident") with { Channel = ComplaintChannel.MpOrCouncillor });
        var acceptance = (await host.ComplaintAsync(logged.Id)).Acceptance;

        Assert.Equal((true, AcceptanceAssessment.ComplaintRoute, null), (acceptance.Acceptable, acceptance.Route, acceptance.ReplyDueOn));
        Assert.Equal("stage1.acknowledge", Assert.Single((await host.LifecycleAsync(logged.Id)).Clocks).Name);
    }
}
