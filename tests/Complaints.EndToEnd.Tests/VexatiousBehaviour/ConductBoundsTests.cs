using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.VexatiousBehaviour.Api.V1;
using Google.Rpc;
using Grpc.Core;
using static Complaints.EndToEnd.Tests.Infrastructure.ConductMethods;
using StatusCode = Grpc.Core.StatusCode;

namespace Complaints.EndToEnd.Tests.VexatiousBehaviour;

/// <summary>
/// What vexatious_behaviour.proto states each field may hold bites over the wire, on SQLite and PostgreSQL: a 1 MiB
/// idempotency key, a NUL in a summary, a 21-member panel or an over-long adjustment is INVALID_ARGUMENT naming the
/// field, and nothing is stored; letters and considerations keep their line breaks, references take none.
/// </summary>
public sealed class ConductBoundsTests : IClassFixture<HostFixture>
{
    private static string Today => TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/London"))
        .ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private readonly RunningHost shared;

    public ConductBoundsTests(HostFixture fixture) => shared = fixture.Host;

    public static IEnumerable<object?[]> BrokenCases => TestDatabase.OnEachProvider(
        ["idempotency_key", "must be at most 128 characters (is 1,048,576)"],
        ["summary", "must not contain control characters (U+0000 at character 8)"],
        ["resident_reference", "must be at most 100 characters (is 101)"]);

    [Theory]
    [MemberData(nameof(BrokenCases))]
    public async Task OpenConductCase_BreakingABound_IsInvalidArgumentNamingTheField_AndStoresNothing(string provider, string field, string description)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);
        var request = new OpenConductCaseRequest { ResidentReference = "TEN-501", Summary = "Abusive calls to the repairs team" };
        switch (field)
        {
            case "idempotency_key": request.IdempotencyKey = new string('k', 1 << 20); break;
            case "summary": request.Summary = "Abusive\0calls"; break;
            case "resident_reference": request.ResidentReference = new string('T', 101); break;
        }

        var error = await Assert.ThrowsAsync<RpcException>(() => host.Conduct.OpenConductCaseAsync(request, As("cara.caseworker")).ResponseAsync);
        var first = (await host.Conduct.OpenConductCaseAsync(new OpenConductCaseRequest { ResidentReference = "TEN-502", Summary = "Threats" }, As("cara.caseworker")).ResponseAsync).ConductCase;

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var violation = Assert.Single(error.Detail<BadRequest>()!.FieldViolations);
        Assert.Equal(field, violation.Field);
        Assert.Contains(description, violation.Description);
        Assert.EndsWith("-000001", first.Reference); // the refused case took no number, so none was stored
    }

    public static TheoryData<string, string> BrokenDecisions => new()
    {
        { "panel", "must hold at most 20 items (holds 21)" },
        { "reasonable_adjustments[1]", "must be at most 200 characters (is 201)" },
        { "reasonable_adjustments", "must hold at most 20 items (holds 21)" },
        { "permitted_route", "line breaks and tabs are allowed only in free text" },
        { "letter", "must be at most 100,000 characters (is 100,001)" },
    };

    [Theory]
    [MemberData(nameof(BrokenDecisions))]
    public async Task DecideRestriction_BreakingABound_IsInvalidArgumentNamingTheField_AndRecordsNoRestriction(string field, string description)
    {
        var warned = await ConductData.WarnedCaseAsync(shared, $"TEN-{Guid.NewGuid():N}");
        var decision = ConductData.Decision(warned.Id, RestrictionType.WrittenContactOnly, EndsOn());
        switch (field)
        {
            case "panel": decision.Panel.Add(Enumerable.Range(0, 18).Select(i => new PanelMember { Id = $"member.{i}", Name = $"Member {i}" })); break;
            case "reasonable_adjustments[1]": decision.ReasonableAdjustments.Add(new string('a', 201)); break;
            case "reasonable_adjustments": decision.ReasonableAdjustments.Add(Enumerable.Repeat("Large print", 20)); break;
            case "permitted_route": decision.PermittedRoute = "Write to Sam Lee\n1 High Street"; break;
            case "letter": decision.Letter = new string('x', 100_001); break;
        }

        var error = await Assert.ThrowsAsync<RpcException>(() => shared.Conduct.DecideRestrictionAsync(decision, As("pat.chair")).ResponseAsync);
        var after = (await shared.Conduct.GetConductCaseAsync(new GetConductCaseRequest { CaseId = warned.Id }).ResponseAsync).ConductCase;

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var violation = Assert.Single(error.Detail<BadRequest>()!.FieldViolations);
        Assert.Equal((field, true), (violation.Field, violation.Description.Contains(description, StringComparison.Ordinal)));
        Assert.Empty(after.Restrictions);
    }

    [Fact]
    public async Task DecideRestriction_AtItsBounds_IsRecorded_WithItsProseLineBreaks()
    {
        var warned = await ConductData.WarnedCaseAsync(shared, "TEN-700");
        var decision = ConductData.Decision(warned.Id, RestrictionType.WrittenContactOnly, EndsOn());
        decision.Panel.Add(Enumerable.Range(0, 17).Select(i => new PanelMember { Id = $"member.{i}", Name = $"Member {i}" }));
        decision.ReasonableAdjustments.Add(Enumerable.Repeat(new string('a', 200), 19));
        decision.Proportionality = "Calls only were abusive.\r\n\tWriting keeps every route to us open.";
        decision.Letter = "Dear resident,\n\n" + new string('x', 99_984);

        var decided = await shared.Conduct.DecideRestrictionAsync(decision, As("pat.chair")).ResponseAsync;

        var restriction = decided.ConductCase.Restrictions.Single();
        Assert.Equal((20, 20), (restriction.Panel.Count, restriction.ReasonableAdjustments.Count));
        Assert.Equal("Calls only were abusive.\r\n\tWriting keeps every route to us open.", restriction.Proportionality);
        Assert.StartsWith("Dear resident,\n\n", decided.ConductCase.Letters.Last().Content);
    }

    [Fact]
    public async Task CheckContact_WithALineBreakInTheResidentReference_IsInvalidArgumentNamingIt()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => shared.Conduct.CheckContactAsync(
            new CheckContactRequest { ResidentReference = "TEN-1\r\nTEN-2", Channel = ContactChannel.Phone }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("resident_reference", Assert.Single(error.Detail<BadRequest>()!.FieldViolations).Field);
    }

    private static string EndsOn() =>
        DateOnly.Parse(Today, System.Globalization.CultureInfo.InvariantCulture).AddMonths(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
