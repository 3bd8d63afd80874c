using Complaints.Compensation.Api.V1;
using Complaints.EndToEnd.Tests.Infrastructure;
using Google.Rpc;
using Grpc.Core;
using static Complaints.EndToEnd.Tests.Infrastructure.CompensationMethods;
using StatusCode = Grpc.Core.StatusCode;

namespace Complaints.EndToEnd.Tests.Compensation;

/// <summary>
/// What compensation.proto states each field may hold bites over the wire, on SQLite and PostgreSQL: a 1 MiB key or
/// payment reference, a NUL, the 101st line or the 11th status filter is INVALID_ARGUMENT naming the field, and
/// nothing is stored; prose (a rationale) keeps its line breaks.
/// </summary>
public sealed class AwardBoundsTests : IClassFixture<HostFixture>
{
    private static readonly string Mebibyte = new('k', 1 << 20);

    private readonly RunningHost shared;

    public AwardBoundsTests(HostFixture fixture) => shared = fixture.Host;

    public static IEnumerable<object?[]> BrokenProposals => TestDatabase.OnEachProvider(
        ["idempotency_key", "must be at most 128 characters (is 1,048,576)"],
        ["lines[0].description", "must not contain control characters (U+0000 at character 5)"],
        ["lines", "must hold at most 100 items (holds 101)"],
        ["ombudsman_case_reference", "line breaks and tabs are allowed only in free text"]);

    [Theory]
    [MemberData(nameof(BrokenProposals))]
    public async Task ProposeAward_BreakingABound_IsInvalidArgumentNamingTheField_AndStoresNothing(string provider, string field, string description)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);
        var complaint = await AwardsData.ComplaintAsync(host);
        var proposal = AwardsData.Proposal(complaint, AwardsData.Amount(AwardCategory.TimeAndTrouble, "Time and trouble", 2500));
        switch (field)
        {
            case "idempotency_key": proposal.IdempotencyKey = Mebibyte; break;
            case "lines[0].description": proposal.Lines[0].Description = "Time\0and trouble"; break;
            case "lines": proposal.Lines.Add(Enumerable.Range(0, 100).Select(i => AwardsData.Amount(AwardCategory.TimeAndTrouble, $"Week {i + 1}", 100))); break;
            case "ombudsman_case_reference": proposal.OmbudsmanCaseReference = "2026\n12345"; break;
        }

        var error = await Assert.ThrowsAsync<RpcException>(() => host.Compensation.ProposeAwardAsync(proposal, Officer).ResponseAsync);
        var stored = await host.Compensation.ListAwardsAsync(new ListAwardsRequest { ComplaintId = complaint }).ResponseAsync;

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var violation = Assert.Single(error.Detail<BadRequest>()!.FieldViolations);
        Assert.Equal(field, violation.Field);
        Assert.Contains(description, violation.Description);
        Assert.Empty(stored.Awards);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RecordPayment_WithA1MiBReference_IsInvalidArgument_AndTheSamePaymentUnderAShortOneIsPaid(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);
        var award = await AwardsData.AcceptedAsync(host, 5000);

        var error = await Assert.ThrowsAsync<RpcException>(() => host.Compensation.RecordPaymentAsync(Pay(award.Id, Mebibyte), Officer).ResponseAsync);
        var untouched = (await host.Compensation.GetAwardAsync(new GetAwardRequest { Id = award.Id }).ResponseAsync).Award;
        var paid = (await host.Compensation.RecordPaymentAsync(Pay(award.Id, "FIN-1"), Officer).ResponseAsync).Award;

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("payment_reference", Assert.Single(error.Detail<BadRequest>()!.FieldViolations).Field);
        Assert.True(error.Status.Detail.Length < 2_000, $"{error.Status.Detail.Length} characters");
        Assert.Equal((AwardStatus.Accepted, 0L, award.Version), (untouched.Status, untouched.PaidPence, untouched.Version));
        Assert.Empty(untouched.Payments);
        Assert.Equal((AwardStatus.Paid, "FIN-1"), (paid.Status, paid.Payments.Single().Reference));
    }

    [Fact]
    public async Task ListAwards_TakesEachStatusOnce_AndRefusesMore()
    {
        var each = new ListAwardsRequest { Statuses = { Enum.GetValues<AwardStatus>() } };
        var eleven = new ListAwardsRequest { Statuses = { Enum.GetValues<AwardStatus>(), AwardStatus.Paid } };
        var flood = new ListAwardsRequest { Statuses = { Enumerable.Repeat(AwardStatus.Paid, 40_000) } };

        await shared.Compensation.ListAwardsAsync(each).ResponseAsync;
        var tooMany = await Assert.ThrowsAsync<RpcException>(() => shared.Compensation.ListAwardsAsync(eleven).ResponseAsync);
        var flooded = await Assert.ThrowsAsync<RpcException>(() => shared.Compensation.ListAwardsAsync(flood).ResponseAsync);

        Assert.Equal((StatusCode.InvalidArgument, StatusCode.InvalidArgument), (tooMany.StatusCode, flooded.StatusCode));
        Assert.Equal(("statuses", "must hold at most 10 items (holds 11)"), Only(tooMany));
        Assert.Equal(("statuses", "must hold at most 10 items (holds 40,000)"), Only(flooded));
    }

    [Fact]
    public async Task Prose_KeepsItsLineBreaks()
    {
        var proposal = AwardsData.Proposal(await AwardsData.ComplaintAsync(shared), AwardsData.Amount(AwardCategory.TimeAndTrouble, "Time and trouble:\r\n\tsix visits", 2500));
        proposal.Rationale = "Six weeks without heating.\nProportionate to the Ombudsman's guidance.";

        var award = (await shared.Compensation.ProposeAwardAsync(proposal, Officer).ResponseAsync).Award;

        Assert.Equal("Six weeks without heating.\nProportionate to the Ombudsman's guidance.", award.Rationale);
        Assert.Equal("Time and trouble:\r\n\tsix visits", award.Lines.Single().Description);
    }

    private static RecordPaymentRequest Pay(long awardId, string reference) => new()
    {
        AwardId = awardId, Method = PaymentMethod.BankTransfer, PaymentReference = reference, AmountPence = 5000,
    };

    private static (string Field, string Description) Only(RpcException error)
    {
        var violation = Assert.Single(error.Detail<BadRequest>()!.FieldViolations);
        return (violation.Field, violation.Description);
    }
}
