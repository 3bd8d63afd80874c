using Complaints.EndToEnd.Tests.Infrastructure;
using Grpc.Core;
using Complaints.VexatiousBehaviour.Api.V1;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using static Complaints.EndToEnd.Tests.Infrastructure.ConductMethods;
using StatusCode = Grpc.Core.StatusCode;

namespace Complaints.EndToEnd.Tests.VexatiousBehaviour;

/// <summary>The panel runs a case from first incident to review and appeal over gRPC, on SQLite and PostgreSQL.</summary>
public sealed class PanelTests
{
    private static string Today => TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/London"))
        .ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ACase_FromIncidentToRestrictionReviewAndAppeal(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);
        var warned = await ConductData.WarnedCaseAsync(host, "TEN-77");
        var start = DateOnly.Parse(Today, System.Globalization.CultureInfo.InvariantCulture);

        var conflicted = ConductData.Decision(warned.Id, RestrictionType.WrittenContactOnly, Day(start.AddMonths(12).AddDays(-1)));
        conflicted.Panel[2].ConflictOfInterest = "Manages the resident's tenancy";
        var noQuorum = await Assert.ThrowsAsync<RpcException>(() => host.Conduct.DecideRestrictionAsync(conflicted, As("pat.chair")).ResponseAsync);
        var tooLong = await Assert.ThrowsAsync<RpcException>(() => host.Conduct.DecideRestrictionAsync(ConductData.Decision(warned.Id, RestrictionType.WrittenContactOnly, Day(start.AddMonths(12))), As("pat.chair")).ResponseAsync);
        var decided = await host.Conduct.DecideRestrictionAsync(ConductData.Decision(warned.Id, RestrictionType.WrittenContactOnly, Day(start.AddMonths(3))), As("pat.chair")).ResponseAsync;
        var phone = await CheckAsync(host, "TEN-77", ContactChannel.Phone);
        var email = await CheckAsync(host, "TEN-77", ContactChannel.Email);
        var urgent = await CheckAsync(host, "TEN-77", ContactChannel.Phone, urgent: true);
        var extended = (await host.Conduct.ReviewRestrictionAsync(new ReviewRestrictionRequest
        {
            RestrictionId = decided.RestrictionId, Outcome = ReviewOutcome.Extend, NewEndsOn = Day(start.AddMonths(6)), Reasons = "Two abusive letters since", Letter = "Letter RV-1",
        }, As("pat.chair")).ResponseAsync).ConductCase;
        var appeal = await host.Conduct.RecordAppealAsync(new RecordAppealRequest { RestrictionId = decided.RestrictionId, Grounds = "I was provoked" }, As("cara.caseworker")).ResponseAsync;
        var byPanel = await Assert.ThrowsAsync<RpcException>(() => host.Conduct.DecideAppealAsync(new DecideAppealRequest { AppealId = appeal.AppealId, Outcome = AppealOutcome.Dismissed, Reasons = "No", Letter = "Letter AP-1" },
            As("ron.member", "conduct-panel,conduct-appeals")).ResponseAsync);
        var withoutRole = await Assert.ThrowsAsync<RpcException>(() => host.Conduct.DecideAppealAsync(new DecideAppealRequest { AppealId = appeal.AppealId, Outcome = AppealOutcome.Dismissed, Reasons = "No", Letter = "Letter AP-1" },
            As("cara.caseworker", "complaint-handler")).ResponseAsync);
        var dismissed = (await host.Conduct.DecideAppealAsync(new DecideAppealRequest { AppealId = appeal.AppealId, Outcome = AppealOutcome.Dismissed, Reasons = "The recordings bear out the decision", Letter = "Letter AP-1" },
            As("dee.director", "conduct-appeals")).ResponseAsync).ConductCase;

        Assert.Equal(StatusCode.FailedPrecondition, noQuorum.StatusCode);
        Assert.Contains("needs 3 members free of any conflict of interest; 2 are", noQuorum.Status.Detail);
        Assert.Equal(StatusCode.FailedPrecondition, tooLong.StatusCode);
        Assert.Contains("may end no later than", tooLong.Status.Detail);
        var restriction = decided.ConductCase.Restrictions.Single();
        Assert.Equal((RestrictionStatus.Active, Day(start.AddMonths(3))), (restriction.Status, restriction.ReviewDueOn)); // 6-monthly review, capped at the end
        Assert.Equal((ContactDecision.Redirected, "Write to Sam Lee, Customer Resolution Manager, or email sam.lee@landlord.example"), (phone.Decision, phone.PermittedRoute));
        Assert.Equal([$"{warned.Reference}/1"], phone.Restrictions);
        Assert.Equal(ContactDecision.Allowed, email.Decision);
        Assert.Equal(ContactDecision.Allowed, urgent.Decision);
        Assert.Contains("always accepted", urgent.Reason);
        Assert.Equal(Day(start.AddMonths(6)), extended.Restrictions.Single().EndsOn);
        Assert.Equal(StatusCode.PermissionDenied, byPanel.StatusCode);
        Assert.Contains("independent of that panel", byPanel.Status.Detail);
        Assert.Equal(StatusCode.PermissionDenied, withoutRole.StatusCode);
        Assert.Equal(("dee.director", AppealOutcome.Dismissed), (dismissed.Appeals.Single().DecidedBy, dismissed.Appeals.Single().Outcome));
        Assert.Equal(["Formal warning", "Restriction decision", "Review", "Appeal decision"], dismissed.Letters.Select(l => l.Kind));
        Assert.Equal(RestrictionStatus.Active, dismissed.Restrictions.Single().Status);
    }

    [Fact]
    public async Task ARestriction_LapsesAtItsEnd_AndThenNoLongerRoutesContact()
    {
        await using var host = await RunningHost.StartAsync();
        var warned = await ConductData.WarnedCaseAsync(host, "TEN-78");
        var start = DateOnly.Parse(Today, System.Globalization.CultureInfo.InvariantCulture);
        var decided = await host.Conduct.DecideRestrictionAsync(ConductData.Decision(warned.Id, RestrictionType.SinglePointOfContact, Day(start.AddDays(30))), As("pat.chair")).ResponseAsync;
        var lastDay = At(start.AddDays(30), 16);
        var dayAfter = At(start.AddDays(31), 9);

        var onLastDay = (await host.Conduct.GetConductCaseAsync(new GetConductCaseRequest { CaseId = warned.Id, AsOf = lastDay }).ResponseAsync).ConductCase.Restrictions.Single();
        var lapsed = (await host.Conduct.GetConductCaseAsync(new GetConductCaseRequest { CaseId = warned.Id, AsOf = dayAfter }).ResponseAsync).ConductCase.Restrictions.Single();
        var contactAfter = await host.Conduct.CheckContactAsync(new CheckContactRequest { ResidentReference = "TEN-78", Channel = ContactChannel.Phone, AsOf = dayAfter }).ResponseAsync;

        Assert.Equal(RestrictionStatus.Active, onLastDay.Status);
        Assert.Equal(RestrictionStatus.Lapsed, lapsed.Status);
        Assert.Equal((ContactDecision.Allowed, 0), (contactAfter.Decision, contactAfter.Restrictions.Count));
        Assert.True(decided.RestrictionId > 0);
    }

    [Theory]
    [InlineData("code2024", WarningLevel.Informal, false)] // the default asks for a formal written warning first
    [InlineData("code2024", WarningLevel.Formal, true)]
    [InlineData("tha", WarningLevel.Informal, true)] // THA 8.3: 'We will always inform residents…'
    public async Task ARestriction_NeedsThePolicysWarningFirst_UnlessAnImmediateRiskIsRecorded(string profile, WarningLevel level, bool allowed)
    {
        await using var host = await RunningHost.StartAsync($"--Complaints:PolicyProfile={profile}");
        var warned = await ConductData.WarnedCaseAsync(host, $"TEN-{profile}-{level}", level);
        var ends = Day(DateOnly.Parse(Today, System.Globalization.CultureInfo.InvariantCulture).AddMonths(2));

        var call = host.Conduct.DecideRestrictionAsync(ConductData.Decision(warned.Id, RestrictionType.NoVisits, ends), As("pat.chair")).ResponseAsync;

        if (allowed)
        {
            Assert.True((await call).RestrictionId > 0);
            return;
        }
        var error = await Assert.ThrowsAsync<RpcException>(() => call);
        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Contains("No formal written warning has been given", error.Status.Detail);
        var withRisk = ConductData.Decision(warned.Id, RestrictionType.NoVisits, ends);
        withRisk.ImmediateRisk = "Threatened to harm staff at the office on 20 November";
        Assert.True((await host.Conduct.DecideRestrictionAsync(withRisk, As("pat.chair")).ResponseAsync).RestrictionId > 0);
    }

    [Fact]
    public async Task OnlyThePanelRole_MayRestrict()
    {
        await using var host = await RunningHost.StartAsync();
        var warned = await ConductData.WarnedCaseAsync(host, "TEN-81");

        var error = await Assert.ThrowsAsync<RpcException>(() => host.Conduct.DecideRestrictionAsync(ConductData.Decision(warned.Id, RestrictionType.WrittenContactOnly, "2027-01-31"), As("cara.caseworker", "complaint-handler")).ResponseAsync);

        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
        Assert.Contains("conduct-panel", error.Status.Detail);
    }

    [Fact]
    public async Task DecideRestriction_WithoutTheConsiderations_NamesEachOne()
    {
        await using var host = await RunningHost.StartAsync();
        var warned = await ConductData.WarnedCaseAsync(host, "TEN-79");
        var bare = ConductData.Decision(warned.Id, RestrictionType.WrittenContactOnly, "2027-01-31");
        (bare.VulnerabilityConsideration, bare.EqualityActConsideration, bare.Proportionality, bare.PermittedRoute) = ("", "", "", "");

        var error = await Assert.ThrowsAsync<RpcException>(() => host.Conduct.DecideRestrictionAsync(bare, As("pat.chair")).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(["permitted_route", "vulnerability_consideration", "equality_act_consideration", "proportionality"],
            error.Detail<BadRequest>()!.FieldViolations.Select(v => v.Field));
    }

    [Fact]
    public async Task RecordIncident_OutsideThePolicysList_OrWithoutEvidence_IsRefused()
    {
        await using var host = await RunningHost.StartAsync();
        var opened = (await host.Conduct.OpenConductCaseAsync(new OpenConductCaseRequest { ResidentReference = "TEN-80", Summary = "Calls" }, As("cara")).ResponseAsync).ConductCase;

        var error = await Assert.ThrowsAsync<RpcException>(() => host.Conduct.RecordIncidentAsync(new RecordIncidentRequest
        {
            CaseId = opened.Id, Channel = ContactChannel.Phone, Description = "Rude",
        }, As("cara")).ResponseAsync);

        Assert.Equal(["behaviour", "evidence"], error.Detail<BadRequest>()!.FieldViolations.Select(v => v.Field));
    }

    private static async Task<CheckContactResponse> CheckAsync(RunningHost host, string resident, ContactChannel channel, bool urgent = false) =>
        await host.Conduct.CheckContactAsync(new CheckContactRequest { ResidentReference = resident, Channel = channel, UrgentMatter = urgent }).ResponseAsync;

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static Timestamp At(DateOnly day, int hour) =>
        Timestamp.FromDateTimeOffset(new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.Zero));
}
