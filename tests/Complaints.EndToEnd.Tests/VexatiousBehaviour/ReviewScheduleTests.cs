using System.Text.Json.Nodes;
using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.VexatiousBehaviour.Api.V1;
using static Complaints.EndToEnd.Tests.Infrastructure.ConductMethods;

namespace Complaints.EndToEnd.Tests.VexatiousBehaviour;

/// <summary>
/// The review date comes from the profile, in calendar months or in working days. A restriction starting Friday
/// 18 December 2026: six months on is 18 June 2027; twenty working days on, over Christmas and New Year, is
/// Wednesday 20 January 2027. Reviews past due are flagged.
/// </summary>
public sealed class ReviewScheduleTests
{
    [Theory]
    [InlineData("""{ "months": 6, "clause": "every six months" }""", "2027-06-18")]
    [InlineData("""{ "workingDays": 20, "clause": "every twenty working days" }""", "2027-01-20")]
    public async Task TheReviewFallsWhereTheProfileSays(string review, string dueOn)
    {
        await using var host = await HostWithReviewAsync(review);
        var warned = await ConductData.WarnedCaseAsync(host, "TEN-95");

        var decided = await host.Conduct.DecideRestrictionAsync(ConductData.Decision(warned.Id, RestrictionType.WrittenContactOnly, "2027-12-17", startsOn: "2026-12-18"), As("pat.chair")).ResponseAsync;
        var restriction = decided.ConductCase.Restrictions.Single();
        var dayAfterDue = DateOnly.Parse(dueOn, System.Globalization.CultureInfo.InvariantCulture).AddDays(1);
        var later = (await host.Conduct.GetConductCaseAsync(new GetConductCaseRequest
        {
            CaseId = warned.Id,
            AsOf = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(new DateTimeOffset(dayAfterDue.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero)),
        }).ResponseAsync).ConductCase.Restrictions.Single();

        Assert.Equal(dueOn, restriction.ReviewDueOn);
        Assert.True(later.ReviewOverdue);
    }

    private static async Task<RunningHost> HostWithReviewAsync(string review)
    {
        var folder = Directory.CreateTempSubdirectory("profiles-").FullName;
        var profile = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "PolicyProfiles", "code2024.json")))!;
        profile["vexatiousBehaviour"]!["review"] = JsonNode.Parse(review);
        await File.WriteAllTextAsync(Path.Combine(folder, "code2024.json"), profile.ToJsonString());
        return await RunningHost.StartAsync($"--Complaints:PolicyProfilesFolder={folder}");
    }
}
