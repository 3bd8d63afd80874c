using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.Intake.Api.V1;
using Complaints.Lifecycle.Api.V1;
using Google.Rpc;
using Grpc.Core;
using StatusCode = Grpc.Core.StatusCode;

namespace Complaints.EndToEnd.Tests.Intake;

/// <summary>
/// Intake's and Lifecycle's requests state their maximums and where line breaks are allowed (intake.proto,
/// lifecycle.proto); over the wire a request past them is INVALID_ARGUMENT naming the field, and nothing is stored.
/// </summary>
public sealed class IntakeRequestBoundsTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task LogComplaint_WithAMebibyteIdempotencyKey_IsRefusedNamingIt_AndAKeyAtTheLimitIsKeptAndReplayed(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);
        var huge = IntakeMethods.ValidRequest();
        huge.IdempotencyKey = new string('k', 1024 * 1024);
        // 128 characters of four UTF-8 bytes each: the longest key the API allows, as the database keeps it.
        var atTheLimit = IntakeMethods.ValidRequest();
        atTheLimit.IdempotencyKey = string.Concat(Enumerable.Repeat("😀", 128));

        var violation = await RefusedAsync(host.Intake.LogComplaintAsync(huge).ResponseAsync);
        var first = (await host.Intake.LogComplaintAsync(atTheLimit).ResponseAsync).Complaint;
        var replayed = (await host.Intake.LogComplaintAsync(atTheLimit).ResponseAsync).Complaint;

        Assert.Equal(("idempotency_key", "must be at most 128 characters (is 1,048,576)"), violation);
        Assert.Equal(first.Id, replayed.Id);
        Assert.Equal([first.Id], await ComplaintIdsAsync(host));
    }

    public static TheoryData<string, Action<LogComplaintRequest>, string> BrokenLogs => new()
    {
        { "description", r => r.Description = "Damp\0in the bedroom", "U+0000 at character 5" },
        { "description", r => r.Description = new string('d', 10_001), "must be at most 10,000 characters (is 10,001)" },
        { "resident_reference", r => r.ResidentReference = "TEN-1\n", "line breaks and tabs are allowed only in free text" },
        { "points", r => r.Points.Add(Enumerable.Range(1, 51).Select(i => $"Point {i}")), "must hold at most 50 items (holds 51)" },
        { "points[1]", r => r.Points.Add(["Damp", "Mould\u001B"]), "U+001B" },
        { "reasonable_adjustments", r => r.ReasonableAdjustments.Add(Enumerable.Repeat("Large print", 21)), "must hold at most 20 items (holds 21)" },
        { "vulnerabilities[0]", r => r.Vulnerabilities.Add(new string('v', 201)), "must be at most 200 characters (is 201)" },
        { "representative.consent.evidence_reference", r => r.Representative = new Representative
            { Name = "A. Advocate", Consent = new ConsentEvidence { EvidenceReference = new string('e', 2049) } }, "must be at most 2,048 characters" },
    };

    [Theory]
    [MemberData(nameof(BrokenLogs))]
    public async Task LogComplaint_PastABound_IsRefusedNamingTheField_AndNothingIsStored(string field, Action<LogComplaintRequest> breakIt, string description)
    {
        await using var host = await RunningHost.StartAsync();
        var request = IntakeMethods.ValidRequest();
        breakIt(request);

        var violation = await RefusedAsync(host.Intake.LogComplaintAsync(request).ResponseAsync);

        Assert.Equal(field, violation.Field);
        Assert.Contains(description, violation.Description);
        Assert.Empty(await ComplaintIdsAsync(host));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task LogComplaint_AtEveryBound_IsStoredWhole_WithLineBreaksKeptInProse(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);
        var request = IntakeMethods.ValidRequest(string.Concat("Line one\r\n\tLine two\n", new string('d', 10_000 - 20)));
        request.ResidentReference = new string('r', 100);
        request.Points.Add(Enumerable.Range(1, 50).Select(i => $"Point {i}\nin two lines"));
        request.Vulnerabilities.Add(Enumerable.Repeat(new string('v', 200), 20));
        request.Representative = new Representative
        {
            Name = new string('n', 200), Kind = RepresentativeKind.Advocate, Contact = "1 High Street\nLondon\nE1 1AA",
            Consent = new ConsentEvidence { Form = ConsentForm.Written, EvidenceReference = "https://documents.example/" + new string('e', 2048 - 26) },
        };

        var logged = (await host.Intake.LogComplaintAsync(request).ResponseAsync).Complaint;
        var reread = (await host.Intake.GetComplaintAsync(new GetComplaintRequest { Id = logged.Id }).ResponseAsync).Complaint;

        Assert.Equal(request.Description, reread.Description);
        Assert.Equal(request.ResidentReference, reread.ResidentReference);
        Assert.Equal(request.Points, reread.Points.Select(p => p.Text));
        Assert.Equal(request.Vulnerabilities, reread.Vulnerabilities);
        Assert.Equal(request.Representative, reread.Representative);
    }

    [Fact]
    public async Task AddComplaintPoint_PastItsBound_IsRefusedNamingTheField_AndTheComplaintIsUnchanged()
    {
        await using var host = await RunningHost.StartAsync();
        var complaint = (await host.Intake.LogComplaintAsync(IntakeMethods.ValidRequest()).ResponseAsync).Complaint;

        var tooLong = await RefusedAsync(host.Intake.AddComplaintPointAsync(new AddComplaintPointRequest
        {
            ComplaintId = complaint.Id, Point = new string('p', 10_001), Related = true,
        }).ResponseAsync);
        var nul = await RefusedAsync(host.Intake.AddComplaintPointAsync(new AddComplaintPointRequest
        {
            ComplaintId = complaint.Id, Point = "The heaters\0", Related = false,
        }).ResponseAsync);
        var reread = (await host.Intake.GetComplaintAsync(new GetComplaintRequest { Id = complaint.Id }).ResponseAsync).Complaint;

        Assert.Equal("point", tooLong.Field);
        Assert.Equal("point", nul.Field);
        Assert.Equal(complaint.Version, reread.Version);
        Assert.Empty(reread.Points);
        Assert.Empty(reread.Links);
        Assert.Equal([complaint.Id], await ComplaintIdsAsync(host));
    }

    [Fact]
    public async Task RaiseComplaintFromServiceRequest_With51Points_IsRefused_AndTheRequestHasNoComplaint()
    {
        await using var host = await RunningHost.StartAsync();
        var request = (await host.Intake.RecordServiceRequestAsync(new RecordServiceRequestRequest
        {
            Channel = Channel.Phone, Description = "Kitchen tap leaking", Category = "Repairs", ResidentReference = "TEN-000900",
        }).ResponseAsync).ServiceRequest;
        var raise = new RaiseComplaintFromServiceRequestRequest { ServiceRequestId = request.Id, Description = "Nobody has come" };
        raise.Points.Add(Enumerable.Range(1, 51).Select(i => $"Point {i}"));

        var violation = await RefusedAsync(host.Intake.RaiseComplaintFromServiceRequestAsync(raise).ResponseAsync);
        var reread = (await host.Intake.GetServiceRequestAsync(new GetServiceRequestRequest { Id = request.Id }).ResponseAsync).ServiceRequest;

        Assert.Equal(("points", "must hold at most 50 items (holds 51)"), violation);
        Assert.Empty(reread.ComplaintIds);
    }

    [Fact]
    public async Task RecordServiceRequest_WithALineBreakInTheCategory_IsRefusedNamingIt()
    {
        await using var host = await RunningHost.StartAsync();

        var violation = await RefusedAsync(host.Intake.RecordServiceRequestAsync(new RecordServiceRequestRequest
        {
            Channel = Channel.Phone, Description = "Kitchen tap\nleaking", Category = "Repairs\r\n", ResidentReference = "TEN-000900",
        }).ResponseAsync);

        Assert.Equal("category", violation.Field);
        Assert.Contains("line breaks and tabs are allowed only in free text", violation.Description);
    }

    [Fact]
    public async Task GetLifecycle_WithAMebibyteComplaintId_IsRefusedNamingIt()
    {
        await using var host = await RunningHost.StartAsync();

        var violation = await RefusedAsync(host.Lifecycle.GetLifecycleAsync(new GetLifecycleRequest { ComplaintId = new string('c', 1024 * 1024) }).ResponseAsync);

        Assert.Equal(("complaint_id", "must be at most 100 characters (is 1,048,576)"), violation);
    }

    private static async Task<(string Field, string Description)> RefusedAsync<T>(Task<T> call)
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => call);
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var violation = Assert.Single(error.Detail<BadRequest>()!.FieldViolations);
        return (violation.Field, violation.Description);
    }

    private static async Task<List<string>> ComplaintIdsAsync(RunningHost host) =>
        (await host.Intake.ListComplaintsAsync(new ListComplaintsRequest { PageSize = 200 }).ResponseAsync).Complaints.Select(c => c.Id).ToList();
}
