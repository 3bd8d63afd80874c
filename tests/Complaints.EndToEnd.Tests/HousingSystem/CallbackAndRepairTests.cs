using System.Net;
using Complaints.HousingSystem.Api.V1;
using Complaints.EndToEnd.Tests.Infrastructure;
using Grpc.Core;

namespace Complaints.EndToEnd.Tests.HousingSystem;

/// <summary>
/// The HMS's callbacks over HTTP, signed with HMAC-SHA256 over timestamp and body: let in only with a good signature
/// made within the tolerance; and repairs raised in the HMS for a complaint, whose status the HMS reports back.
/// </summary>
public sealed class CallbackAndRepairTests
{
    private const string ResidentChanged = """{"type":"resident-changed","residentReference":"TEN-1"}""";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Callback_WithAGoodSignature_IsAccepted_AndTheResidentIsFetchedAgainOnTheNextRead(string provider)
    {
        await using var scenario = await HmsScenario.StartAsync(provider);
        var request = new GetResidentRequest { ResidentReference = "TEN-1" };
        await scenario.LogAsync("TEN-1", "PROP-1");
        await scenario.PropertyWhenAsync("PROP-1", p => p.Complaints.Any(c => c.Resolution == Resolution.Resolved));
        var first = await scenario.Host.HousingSystem.GetResidentAsync(request);

        var accepted = await scenario.Hms.SendCallbackAsync(scenario.CallbackUrl, ResidentChanged);
        var second = await scenario.Host.HousingSystem.GetResidentAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, accepted.StatusCode);
        Assert.Equal(2, scenario.Hms.Requests.Count(r => r.Path == "residents/TEN-1"));
        Assert.True(second.Resident.FetchedAt > first.Resident.FetchedAt);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Callback_WithABadSignatureAnOldTimestampOrNone_IsRefused401_AndChangesNothing(string provider)
    {
        await using var scenario = await HmsScenario.StartAsync(provider);
        using var http = new HttpClient();

        var wrongSecret = await scenario.Hms.SendCallbackAsync(scenario.CallbackUrl, ResidentChanged, secret: "not the shared secret");
        var replayed = await scenario.Hms.SendCallbackAsync(scenario.CallbackUrl, ResidentChanged, signedAt: DateTimeOffset.UtcNow.AddMinutes(-10));
        var unsigned = await http.PostAsync(scenario.CallbackUrl, new StringContent(ResidentChanged));

        Assert.Equal(HttpStatusCode.Unauthorized, wrongSecret.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, replayed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RaiseRepair_RaisesAJobInTheHms_AndAStatusCallbackShowsItsProgress(string provider)
    {
        await using var scenario = await HmsScenario.StartAsync(provider);
        var complaint = await scenario.LogAsync("TEN-1", "PROP-1");
        await scenario.PropertyWhenAsync("PROP-1", p => p.Complaints.Count == 1);

        var raised = (await scenario.Host.HousingSystem.RaiseRepairAsync(new RaiseRepairRequest
        {
            ComplaintId = complaint.Id, Description = "Replace the extractor fan in the bathroom", Priority = RepairPriority.Urgent,
        })).RepairJob;
        var update = $$"""{"type":"repair-status-changed","jobReference":"{{raised.JobReference}}","status":"completed","occurredAt":"2026-11-29T10:00:00Z"}""";
        var accepted = await scenario.Hms.SendCallbackAsync(scenario.CallbackUrl, update);
        var job = (await scenario.Host.HousingSystem.GetRepairJobAsync(new GetRepairJobRequest { JobReference = raised.JobReference })).RepairJob;
        var property = await scenario.Host.HousingSystem.GetPropertyAsync(new GetPropertyRequest { PropertyReference = "PROP-1" });
        var unknown = await scenario.Hms.SendCallbackAsync(scenario.CallbackUrl, update.Replace(raised.JobReference, "JOB-9999"));

        Assert.Equal(("PROP-1", RepairStatus.Raised), (raised.PropertyReference, raised.Status)); // the complaint's property
        var sent = Assert.Single(scenario.Hms.Requests, r => r.Method == "POST" && r.Path == "repairs");
        Assert.Contains($"\"complaintReference\":\"{complaint.Reference}\"", sent.Body);
        Assert.Contains("\"priority\":\"urgent\"", sent.Body);
        Assert.Equal(HttpStatusCode.NoContent, accepted.StatusCode);
        Assert.Equal(RepairStatus.Completed, job.Status);
        Assert.Equal(DateTimeOffset.Parse("2026-11-29T10:00:00Z"), job.StatusChangedAt.ToDateTimeOffset());
        Assert.Equal(raised.JobReference, Assert.Single(property.RepairJobs).JobReference);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task RaiseRepair_WhenTheHmsIsDown_IsRefused_AndNothingIsKept()
    {
        await using var scenario = await HmsScenario.StartAsync("Sqlite");
        var complaint = await scenario.LogAsync("TEN-1", "PROP-1");
        scenario.Hms.Down = true;

        var refused = await Assert.ThrowsAsync<RpcException>(() => scenario.Host.HousingSystem.RaiseRepairAsync(new RaiseRepairRequest
        {
            ComplaintId = complaint.Id, PropertyReference = "PROP-1", Description = "Fix the leak", Priority = RepairPriority.Routine,
        }).ResponseAsync);
        var property = await scenario.PropertyWhenAsync("PROP-1", p => p.Complaints.Count == 1);

        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        Assert.Equal("HOUSING_SYSTEM_UNAVAILABLE", refused.Detail<Google.Rpc.ErrorInfo>()?.Reason);
        Assert.Empty(property.RepairJobs);
    }
}
