using Complaints.Common.V1;
using Grpc.Core;
using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.Intake.Api.V1;
using Google.Protobuf.WellKnownTypes;
using static Complaints.EndToEnd.Tests.Infrastructure.When;

namespace Complaints.EndToEnd.Tests.Conformance;

/// <summary>
/// Each landlord's acceptance rules, MP handling and anonymous handling, driven through LogComplaint on a host
/// running that landlord's profile. Expected answers are read from the policy texts, each case named after its clause.
/// </summary>
public sealed class IntakeProfileConformanceTests(ProfileHosts hosts) : IClassFixture<ProfileHosts>
{
    private const string Received = "2026-11-02";

    [Theory]
    [InlineData("IVH 3.1: 'occurred over six months ago' — exactly six months is not over", "ivh", "2026-05-02", null, "", true, "")]
    [InlineData("IVH 3.1: over six months ago is excluded", "ivh", "2026-05-01", null, "", false, "OverSixMonths")]
    [InlineData("IVH 3.1: '(unless the concern was around safeguarding …)'", "ivh", "2026-05-01", null, "safeguarding", true, "")]
    [InlineData("IVH 3.1: '(unless … health and safety)'", "ivh", "2026-05-01", null, "health_and_safety", true, "")]
    [InlineData("IVH 3.1: counts from when the issue occurred, not from awareness", "ivh", "2026-05-01", "2026-10-01", "", false, "OverSixMonths")]
    [InlineData("IDS 4.2: 'happened more than 6 months ago' — exactly six months is accepted", "ids", "2026-05-02", null, "", true, "")]
    [InlineData("IDS 4.2: more than 6 months ago is excluded", "ids", "2026-05-01", null, "", false, "OverSixMonths")]
    [InlineData("IDS 4.2: no safeguarding exception in the policy", "ids", "2026-05-01", null, "safeguarding", false, "OverSixMonths")]
    [InlineData("VHA 2.6: 'a matter over twelve months old' — twelve months to the day is accepted", "vha", "2025-11-02", null, "", true, "")]
    [InlineData("VHA 2.6: over twelve months old is excluded", "vha", "2025-11-01", null, "", false, "OverTwelveMonths")]
    [InlineData("VHA 2.6: 'may not apply where health and safety are concerned'", "vha", "2025-11-01", null, "health_and_safety", true, "")]
    [InlineData("VHA 2.6: counts from the matter, not from awareness", "vha", "2025-11-01", "2026-06-01", "", false, "OverTwelveMonths")]
    [InlineData("Livin 5.5: 'happened, or which the customer knew of, more than twelve months' — aware within twelve months", "livin", "2025-11-01", "2026-06-01", "", true, "")]
    [InlineData("Livin 5.5: happened more than twelve months before, awareness not given", "livin", "2025-11-01", null, "", false, "OverTwelveMonths")]
    [InlineData("Livin 5.5: twelve months to the day is not more than twelve months", "livin", "2025-11-02", null, "", true, "")]
    [InlineData("Livin 5.5: no safeguarding exception in the policy", "livin", "2025-11-01", null, "safeguarding", false, "OverTwelveMonths")]
    [InlineData("THA 2.4: 'more than 6 months before the date that we receive the complaint' — exactly six months is accepted", "tha", "2026-05-02", null, "", true, "")]
    [InlineData("THA 2.4: more than 6 months before receipt is excluded", "tha", "2026-05-01", null, "", false, "OverSixMonths")]
    [InlineData("THA 2.4: '(exceptions considered where safeguarding … is a factor)'", "tha", "2026-05-01", null, "safeguarding", true, "")]
    [InlineData("THA 2.4: '(exceptions considered where … Health & Safety is a factor)'", "tha", "2026-05-01", null, "health_and_safety", true, "")]
    [InlineData("Code: 12 months from when the resident became aware", "code2024", "2025-11-01", "2026-06-01", "", true, "")]
    [InlineData("Code: over 12 months from happening, awareness not given", "code2024", "2025-11-01", null, "", false, "OverTwelveMonths")]
    public async Task AcceptanceWindow_IsWhatThePolicySays(
        string clause, string profile, string occurred, string? aware, string flag, bool acceptable, string suggestedExclusion)
    {
        var host = await hosts.ForAsync(profile);
        var request = IntakeMethods.ValidRequest(clause);
        request.ReceivedAt = Noon(Received);
        request.IssueOccurredAt = Noon(occurred);
        if (aware is not null)
            request.ResidentAwareAt = Noon(aware);
        request.Safeguarding = flag == "safeguarding";
        request.HealthAndSafety = flag == "health_and_safety";

        var acceptance = (await host.Intake.LogComplaintAsync(request).ResponseAsync).Complaint.Acceptance;

        Assert.Equal((acceptable, suggestedExclusion), (acceptance.Acceptable, acceptance.SuggestedExclusionReason));
    }

    [Theory]
    [InlineData("IDS 2.2: an MP's enquiry is correspondence, answered within ten working days — Christmas 2026 and New Year skipped", "ids", "2026-12-18", "Correspondence", "2027-01-06", false)]
    [InlineData("IDS 2.2: received the Thursday before Easter 2027 — Good Friday and Easter Monday skipped", "ids", "2027-03-25", "Correspondence", "2027-04-12", false)]
    [InlineData("IVH 2: enquiries via an MP that meet the complaint definition go through the complaints process", "ivh", "2026-12-18", "Complaint", "", true)]
    [InlineData("Code: representatives are handled under the same process", "code2024", "2026-12-18", "Complaint", "", true)]
    [InlineData("Livin 8.3: complaints via a local councillor or an MP, as representatives", "livin", "2026-12-18", "Complaint", "", true)]
    [InlineData("THA 7.1: an MP is a designated person mediating in the complaint", "tha", "2026-12-18", "Complaint", "", true)]
    public async Task MpEnquiry_FollowsThePolicysRoute(string clause, string profile, string received, string route, string replyDueOn, bool acceptable)
    {
        var host = await hosts.ForAsync(profile);
        var request = IntakeMethods.ValidRequest(clause);
        request.Channel = Channel.MpOrCouncillor;
        request.ReceivedAt = Noon(received);

        var acceptance = (await host.Intake.LogComplaintAsync(request).ResponseAsync).Complaint.Acceptance;

        Assert.Equal((route, replyDueOn, acceptable), (acceptance.Route, acceptance.ReplyDueOn, acceptance.Acceptable));
    }

    [Theory]
    [InlineData("IDS 2.2: an MP's enquiry is answered as correspondence and closed", "ids", true)]
    [InlineData("IVH 2: an MP's enquiry is a complaint, so it cannot be closed as a letter", "ivh", false)]
    public async Task MpEnquiry_AnsweredAsCorrespondence_ClosesOnlyWhereThePolicySaysSo(string clause, string profile, bool closes)
    {
        var host = await hosts.ForAsync(profile);
        var request = IntakeMethods.ValidRequest(clause);
        request.Channel = Channel.MpOrCouncillor;
        var logged = (await host.Intake.LogComplaintAsync(request).ResponseAsync).Complaint;
        var answer = new AnswerAsCorrespondenceRequest { ComplaintId = logged.Id, Reply = "Repair booked; letter sent to the MP" };

        if (closes)
        {
            var answered = (await host.Intake.AnswerAsCorrespondenceAsync(answer).ResponseAsync).Complaint;
            Assert.Equal((Stage.Closed, "Repair booked; letter sent to the MP"), (answered.Stage, answered.OutcomeExplanation));
        }
        else
        {
            var error = await Assert.ThrowsAsync<RpcException>(() => host.Intake.AnswerAsCorrespondenceAsync(answer).ResponseAsync);
            Assert.Equal(Grpc.Core.StatusCode.FailedPrecondition, error.StatusCode);
            Assert.Contains("accept or decline it", error.Status.Detail);
        }
    }

    [Fact]
    public async Task Ids42_AnonymousComplaint_IsDeclinedForTheAnonymousReason()
    {
        var host = await hosts.ForAsync("ids");
        var request = IntakeMethods.ValidRequest("IDS 4.2: 'is made anonymously'");
        request.ResidentReference = "";
        request.Anonymous = true;

        var logged = (await host.Intake.LogComplaintAsync(request).ResponseAsync).Complaint;
        var declined = (await host.Intake.DeclineComplaintAsync(new DeclineComplaintRequest
        {
            ComplaintId = logged.Id, ExclusionReason = logged.Acceptance.SuggestedExclusionReason,
            Explanation = "We cannot investigate without knowing who you are.", OmbudsmanSignposted = true,
        }).ResponseAsync).Complaint;

        Assert.Equal((false, "Anonymous", false), (logged.Acceptance.Acceptable, logged.Acceptance.SuggestedExclusionReason, logged.Acceptance.OfficerMayOverride));
        Assert.Equal((Stage.NotAccepted, "Anonymous"), (declined.Stage, declined.ExclusionReason));
    }

    [Theory]
    [InlineData("The Code says nothing of anonymous complaints", "code2024", true, "", false)]
    [InlineData("THA 4.1: 'Anonymous complaints will be considered on their merit'", "tha", true, "", false)]
    [InlineData("Livin 8.23: 'considered at the discretion of the Customer Experience Manager'", "livin", false, "AnonymousWithoutEnoughInformation", true)]
    public async Task AnonymousComplaint_FollowsThePolicy(string clause, string profile, bool acceptable, string suggested, bool mayOverride)
    {
        var host = await hosts.ForAsync(profile);
        var request = IntakeMethods.ValidRequest(clause);
        request.ResidentReference = "";
        request.Anonymous = true;

        var acceptance = (await host.Intake.LogComplaintAsync(request).ResponseAsync).Complaint.Acceptance;

        Assert.Equal((acceptable, suggested, mayOverride), (acceptance.Acceptable, acceptance.SuggestedExclusionReason, acceptance.OfficerMayOverride));
    }

    [Theory]
    [InlineData("IDS 5.1: 'where consent has been provided' — verbal consent recorded", "ids", ConsentForm.Verbal, true)]
    [InlineData("IDS 5.1: no consent on file yet", "ids", ConsentForm.Unspecified, false)]
    [InlineData("VHA 7.2: 'when the customer has confirmed' — written consent", "vha", ConsentForm.Written, true)]
    [InlineData("VHA 7.2: not yet confirmed by the customer", "vha", ConsentForm.Unspecified, false)]
    [InlineData("IVH: no consent rule, nothing on file", "ivh", ConsentForm.Unspecified, true)]
    [InlineData("Livin 8.3: 'must be with the written consent of the complainant' — verbal is not enough", "livin", ConsentForm.Verbal, false)]
    [InlineData("Livin 8.3: written consent on file", "livin", ConsentForm.Written, true)]
    [InlineData("THA 4.2: 'with written permission to do so' — a power of attorney counts", "tha", ConsentForm.LegalAuthority, true)]
    [InlineData("THA 4.2: verbal permission is not written permission", "tha", ConsentForm.Verbal, false)]
    public async Task Representative_ConsentIsCheckedAgainstThePolicy(string clause, string profile, ConsentForm form, bool satisfied)
    {
        var host = await hosts.ForAsync(profile);
        var request = IntakeMethods.ValidRequest(clause);
        request.Representative = new Representative { Name = "Pat Lee", Kind = RepresentativeKind.FamilyOrFriend };
        if (form != ConsentForm.Unspecified)
            request.Representative.Consent = new ConsentEvidence { Form = form, EvidenceReference = "CALL-1" };

        var complaint = (await host.Intake.LogComplaintAsync(request).ResponseAsync).Complaint;

        Assert.Equal(satisfied, complaint.RepresentativeConsent.Satisfied);
        Assert.Equal(Stage.Received, complaint.Stage); // logged either way: every expression of dissatisfaction is
    }

    [Theory]
    [InlineData("VHA 2.7: a Quick Fix 'within the day that the customer raises it', inside stage 1", "vha", "2026-12-18 09:00", "2026-12-18")]
    [InlineData("THA 5.4: Get It Sorted 'within 5 working days', inside stage 1 — Christmas and Boxing Day substitute skipped", "tha", "2026-12-18 09:00", "2026-12-29")]
    [InlineData("THA 5.4: Get It Sorted — Good Friday and Easter Monday 2027 skipped", "tha", "2027-03-25 09:00", "2027-04-05")]
    public async Task EarlyResolution_RunsInsideStage1WithItsOwnClock(string clause, string profile, string received, string earlyDueOn)
    {
        var host = await hosts.ForAsync(profile);
        var request = IntakeMethods.ValidRequest(clause);
        request.ReceivedAt = London(received);
        var logged = (await host.Intake.LogComplaintAsync(request).ResponseAsync).Complaint;

        var started = (await host.Intake.StartEarlyResolutionAsync(new StartEarlyResolutionRequest
        {
            ComplaintId = logged.Id, NamedOfficer = "Jo Quick", OccurredAt = request.ReceivedAt,
        }).ResponseAsync).Complaint;
        var clocks = await ClocksAsync(host, logged.Id);
        var resolved = (await host.Intake.ResolveEarlyAsync(new ResolveEarlyRequest
        {
            ComplaintId = logged.Id, Resolution = "Engineer booked for this afternoon; resident happy", OccurredAt = request.ReceivedAt,
        }).ResponseAsync).Complaint;

        Assert.Equal(Stage.Stage1EarlyResolution, started.Stage);
        Assert.Equal(earlyDueOn, clocks.Single(c => c.Name == "stage1.earlyResolution").DueOn);
        Assert.Contains(clocks, c => c.Name == "stage1.acknowledge"); // stage 1's own clocks run alongside
        Assert.Equal((Stage.Closed, "Engineer booked for this afternoon; resident happy"), (resolved.Stage, resolved.OutcomeExplanation));
    }

    [Theory]
    [InlineData("IVH has no early-resolution step", "ivh")]
    [InlineData("IDS has no early-resolution step", "ids")]
    [InlineData("The Code has no early-resolution step", "code2024")]
    [InlineData("Livin has no early-resolution step", "livin")]
    public async Task EarlyResolution_WhereThePolicyHasNone_IsRefusedNamingTheStage(string clause, string profile)
    {
        var host = await hosts.ForAsync(profile);
        var logged = (await host.Intake.LogComplaintAsync(IntakeMethods.ValidRequest(clause)).ResponseAsync).Complaint;

        var error = await Assert.ThrowsAsync<RpcException>(() => host.Intake.StartEarlyResolutionAsync(new StartEarlyResolutionRequest { ComplaintId = logged.Id, NamedOfficer = "Jo Quick" }).ResponseAsync);
        var after = (await host.Intake.GetComplaintAsync(new GetComplaintRequest { Id = logged.Id }).ResponseAsync).Complaint;

        Assert.Equal(Grpc.Core.StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Contains("Stage1Pending", error.Status.Detail);
        Assert.Equal(Stage.Received, after.Stage); // the acceptance made on the way was rolled back with the refusal
    }

    private static async Task<IReadOnlyList<Complaints.Lifecycle.Api.V1.Clock>> ClocksAsync(RunningHost host, string complaintId)
    {
        return (await host.Lifecycle.GetLifecycleAsync(new Complaints.Lifecycle.Api.V1.GetLifecycleRequest { ComplaintId = complaintId })).Lifecycle.Clocks;
    }


    private static Timestamp Noon(string date) =>
        Timestamp.FromDateTime(DateTime.SpecifyKind(DateTime.Parse(date, System.Globalization.CultureInfo.InvariantCulture).AddHours(12), DateTimeKind.Utc));
}
