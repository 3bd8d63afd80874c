using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.Intake.Api.V1;
using Google.Protobuf.WellKnownTypes;

namespace Complaints.EndToEnd.Tests.Intake;

/// <summary>The active profile's acceptance rules, explained on the logged complaint (profile code2024: 12 months from
/// happening or awareness, officer discretion).</summary>
public sealed class AcceptanceTests
{
    [Theory]
    [InlineData("2025-11-01", null, false, "more than 12 months after the issue happened on 2025-11-01")]
    [InlineData("2025-11-02", null, true, "within 12 months of the issue happened on 2025-11-02")]
    [InlineData("2025-11-01", "2026-06-01", true, "within 12 months of the resident became aware of the issue on 2026-06-01")]
    public async Task LogComplaint_AppliesTheTimeLimitFromHappeningOrAwareness(string occurred, string? aware, bool acceptable, string explained)
    {
        await using var host = await RunningHost.StartAsync();
        var request = IntakeMethods.ValidRequest();
        request.ReceivedAt = Utc("2026-11-02");
        request.IssueOccurredAt = Utc(occurred);
        if (aware is not null)
            request.ResidentAwareAt = Utc(aware);

        var acceptance = (await host.Intake.LogComplaintAsync(request).ResponseAsync).Complaint.Acceptance;

        Assert.Equal(acceptable, acceptance.Acceptable);
        Assert.Contains(explained, acceptance.Explanation);
        Assert.Equal(acceptable ? "" : "OverTwelveMonths", acceptance.SuggestedExclusionReason);
        Assert.Equal(!acceptable, acceptance.OfficerMayOverride);
    }

    [Fact]
    public async Task LogComplaint_AnonymousWithoutAResident_IsLoggedAndFlagged()
    {
        await using var host = await RunningHost.StartAsync();
        var request = IntakeMethods.ValidRequest();
        request.ResidentReference = "";
        request.Anonymous = true;
        request.BuildingSafety = true;

        var complaint = (await host.Intake.LogComplaintAsync(request).ResponseAsync).Complaint;

        Assert.True(complaint.Anonymous);
        Assert.True(complaint.BuildingSafety);
        Assert.True(complaint.Acceptance.Acceptable);
    }

    private static Timestamp Utc(string date) => Timestamp.FromDateTime(DateTime.SpecifyKind(DateTime.Parse(date).AddHours(12), DateTimeKind.Utc));
}
