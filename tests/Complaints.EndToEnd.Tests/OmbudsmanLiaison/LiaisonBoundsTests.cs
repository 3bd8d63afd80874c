using Complaints.Common.V1;
using Complaints.Compensation.Api.V1;
using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.OmbudsmanLiaison.Api.V1;
using Google.Rpc;
using Grpc.Core;
using StatusCode = Grpc.Core.StatusCode;

namespace Complaints.EndToEnd.Tests.OmbudsmanLiaison;

/// <summary>
/// What ombudsman_liaison.proto states each field may hold bites over the wire, on SQLite and PostgreSQL: a NUL in a
/// case reference, the 101st complaint, the 51st order or recommendation is INVALID_ARGUMENT naming the field, and
/// nothing is stored — no referral, no lifecycle step, no determination, no award; recommendations keep their line breaks.
/// </summary>
public sealed class LiaisonBoundsTests : IClassFixture<HostFixture>
{
    private readonly RunningHost shared;

    public LiaisonBoundsTests(HostFixture fixture) => shared = fixture.Host;

    public static IEnumerable<object?[]> BrokenReferrals => TestDatabase.OnEachProvider(
        ["ombudsman_case_reference", "must not contain control characters (U+0000 at character 5)"],
        ["complaint_ids", "must hold at most 100 items (holds 101)"],
        ["complaint_ids[0]", "must be at most 100 characters (is 1,048,576)"],
        ["summary", "must be at most 10,000 characters (is 10,001)"]);

    [Theory]
    [MemberData(nameof(BrokenReferrals))]
    public async Task RecordReferral_BreakingABound_IsInvalidArgumentNamingTheField_AndStoresNothing(string provider, string field, string description)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);
        var complaint = (await host.Intake.LogComplaintAsync(IntakeMethods.ValidRequest()).ResponseAsync).Complaint.Id;
        var referral = new RecordReferralRequest { OmbudsmanCaseReference = "202650001", ComplaintIds = { complaint }, Summary = "Resident unhappy with the repairs" };
        switch (field)
        {
            case "ombudsman_case_reference": referral.OmbudsmanCaseReference = "2026\u000012345"; break;
            case "complaint_ids": referral.ComplaintIds.Add(Enumerable.Repeat(complaint, 100)); break;
            case "complaint_ids[0]": referral.ComplaintIds[0] = new string('c', 1 << 20); break;
            case "summary": referral.Summary = new string('s', 10_001); break;
        }

        var error = await Assert.ThrowsAsync<RpcException>(() => host.Ombudsman.RecordReferralAsync(referral).ResponseAsync);
        var read = await Assert.ThrowsAsync<RpcException>(() => host.Ombudsman.GetReferralAsync(new GetReferralRequest { OmbudsmanCaseReference = "202650001" }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var violation = Assert.Single(error.Detail<BadRequest>()!.FieldViolations);
        Assert.Equal(field, violation.Field);
        Assert.Contains(description, violation.Description);
        Assert.Equal(StatusCode.NotFound, read.StatusCode);
        Assert.Equal(Stage.Received, (await LifecycleMethods.ReadAsync(host, complaint)).Stage);
    }

    public static TheoryData<string, string> BrokenDeterminations => new()
    {
        { "findings", "must hold at most 50 items (holds 51)" },
        { "findings[0].element", "must be at most 1,000 characters (is 1,001)" },
        { "orders", "must hold at most 50 items (holds 51)" },
        { "orders[0].owner", "must be at most 200 characters (is 201)" },
        { "recommendations", "must hold at most 50 items (holds 51)" },
        { "recommendations[0]", "must not contain control characters (U+0000 at character 7)" },
    };

    [Theory]
    [MemberData(nameof(BrokenDeterminations))]
    public async Task RecordDetermination_BreakingABound_IsInvalidArgumentNamingTheField_AndRecordsNothing(string field, string description)
    {
        var (complaint, referral) = await ReferredAsync();
        var determination = Determination(referral.Id);
        switch (field)
        {
            case "findings": determination.Findings.Add(Enumerable.Range(0, 50).Select(i => new ElementFinding { Element = $"Element {i}", Finding = Finding.ServiceFailure })); break;
            case "findings[0].element": determination.Findings[0].Element = new string('e', 1_001); break;
            case "orders": determination.Orders.Add(Enumerable.Range(0, 50).Select(CompensationOrder)); break;
            case "orders[0].owner": determination.Orders[0].Owner = new string('o', 201); break;
            case "recommendations": determination.Recommendations.Add(Enumerable.Repeat("Review the repairs process", 50)); break;
            case "recommendations[0]": determination.Recommendations[0] = "Review\0the repairs process"; break;
        }

        var error = await Assert.ThrowsAsync<RpcException>(() => shared.Ombudsman.RecordDeterminationAsync(determination).ResponseAsync);
        var after = (await shared.Ombudsman.GetReferralAsync(new GetReferralRequest { ReferralId = referral.Id }).ResponseAsync).Referral;
        var awards = (await shared.Compensation.ListAwardsAsync(new ListAwardsRequest { ComplaintId = complaint }).ResponseAsync).Awards;

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var violation = Assert.Single(error.Detail<BadRequest>()!.FieldViolations);
        Assert.Equal((field, true), (violation.Field, violation.Description.Contains(description, StringComparison.Ordinal)));
        Assert.Null(after.Determination);
        Assert.Empty(after.Orders);
        Assert.Empty(after.Recommendations);
        Assert.Empty(awards);
    }

    [Fact]
    public async Task RecordDetermination_AtItsBounds_IsRecorded_AndRecommendationsKeepTheirLineBreaks()
    {
        var (_, referral) = await ReferredAsync();
        var determination = Determination(referral.Id);
        determination.Findings[0].Element = new string('e', 1_000);
        determination.Orders.Add(Enumerable.Range(1, 49).Select(i => new OrderInput { Type = OrderType.Works, Description = $"Works order {i}", Owner = "Repairs" }));
        determination.Recommendations.Add(Enumerable.Repeat("Review the repairs process:\r\n\t- appointments\n\t- follow-up", 49));

        var determined = (await shared.Ombudsman.RecordDeterminationAsync(determination).ResponseAsync).Referral;

        Assert.Equal((50, 50), (determined.Orders.Count, determined.Recommendations.Count));
        Assert.Equal(1_000, determined.Determination.Findings.Single().Element.Length);
        Assert.Equal("Review the repairs process:\r\n\t- appointments\n\t- follow-up", determined.Recommendations.Last().Description);
    }

    private async Task<(string Complaint, Referral Referral)> ReferredAsync()
    {
        var complaint = (await shared.Intake.LogComplaintAsync(IntakeMethods.ValidRequest()).ResponseAsync).Complaint.Id;
        var referral = (await shared.Ombudsman.RecordReferralAsync(new RecordReferralRequest
        {
            OmbudsmanCaseReference = $"HOS-{Guid.NewGuid():N}", ComplaintIds = { complaint }, Summary = "Resident unhappy with the repairs",
        }).ResponseAsync).Referral;
        return (complaint, referral);
    }

    private static RecordDeterminationRequest Determination(long referralId)
    {
        var determination = new RecordDeterminationRequest { ReferralId = referralId };
        determination.Findings.Add(new ElementFinding { Element = "Handling of the boiler repairs", Finding = Finding.Maladministration });
        determination.Orders.Add(CompensationOrder(0));
        determination.Recommendations.Add("Review the repairs process");
        return determination;
    }

    private static OrderInput CompensationOrder(int i) =>
        new() { Type = OrderType.Compensation, Description = $"Pay £{100 + i} for distress and inconvenience", AmountPence = 10_000 + i, Owner = "Compensation team" };
}
