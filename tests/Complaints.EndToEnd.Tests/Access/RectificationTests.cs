using Complaints.AccessApi.V1;
using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.Intake.Api.V1;
using Grpc.Core;

namespace Complaints.EndToEnd.Tests.Access;

/// <summary>Rectification: the complaint keeps only the corrected data; the audit keeps what it replaced, and why.</summary>
public sealed class RectificationTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Rectifying_ReplacesThePersonalData_AndTheAuditKeepsTheOldValues(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);
        var logged = IntakeMethods.ValidRequest();
        logged.ResidentReference = "TEN-WRONG";
        logged.Vulnerabilities.Add("Hearing impairment");
        var complaint = (await host.Intake.LogComplaintAsync(logged).ResponseAsync).Complaint;

        var rectified = await host.Intake.RectifyComplaintAsync(new RectifyComplaintRequest
        {
            ComplaintId = complaint.Id, Reason = "Resident's letter of 3 December: wrong tenancy, and no hearing impairment",
            ResidentReference = "TEN-RIGHT", Vulnerabilities = new VulnerabilityList { Items = { "Visual impairment" } },
            ExpectedVersion = complaint.Version,
        }, Caller.Exactly("dora.dpo", "data-protection-officer"));
        var stale = await Assert.ThrowsAsync<RpcException>(() => host.Intake.RectifyComplaintAsync(new RectifyComplaintRequest
        {
            ComplaintId = complaint.Id, Reason = "Again", ResidentReference = "TEN-X", ExpectedVersion = complaint.Version,
        }, Caller.Exactly("dora.dpo", "data-protection-officer")).ResponseAsync);
        var entry = (await host.Audit.ListAuditEntriesAsync(new ListAuditEntriesRequest
        {
            Filter = new AuditFilter { RecordType = "complaint", RecordId = complaint.Id },
        }, Caller.Exactly("aud", "auditor"))).Entries.Single(e => e.Method.EndsWith("/RectifyComplaint", StringComparison.Ordinal) && e.Outcome == "OK");
        var verified = await host.Audit.VerifyAuditTrailAsync(new VerifyAuditTrailRequest(), Caller.Exactly("aud", "auditor"));

        Assert.Equal(["resident_reference", "vulnerabilities"], rectified.Rectified);
        Assert.Equal(("TEN-RIGHT", "Visual impairment"), (rectified.Complaint.ResidentReference, rectified.Complaint.Vulnerabilities.Single()));
        Assert.Equal(StatusCode.Aborted, stale.StatusCode);
        Assert.Equal("dora.dpo", entry.Actor);
        Assert.Contains("resident_reference was \"TEN-WRONG\", now \"TEN-RIGHT\"", entry.Detail);
        Assert.Contains("vulnerabilities was \"Hearing impairment\", now \"Visual impairment\"", entry.Detail);
        Assert.Contains("Resident's letter of 3 December", entry.Detail);
        Assert.Equal(0, verified.FirstBrokenEntry);
    }

    [Fact]
    public async Task Rectifying_NeedsAReason_AndARepresentativeToCorrect()
    {
        await using var host = await RunningHost.StartAsync();
        var complaint = (await host.Intake.LogComplaintAsync(IntakeMethods.ValidRequest()).ResponseAsync).Complaint;

        var noReason = await Assert.ThrowsAsync<RpcException>(() => host.Intake.RectifyComplaintAsync(
            new RectifyComplaintRequest { ComplaintId = complaint.Id, ResidentReference = "TEN-2" }).ResponseAsync);
        var noRepresentative = await Assert.ThrowsAsync<RpcException>(() => host.Intake.RectifyComplaintAsync(
            new RectifyComplaintRequest { ComplaintId = complaint.Id, Reason = "Typo", RepresentativeName = "Ann Smith" }).ResponseAsync);
        var byReader = await Assert.ThrowsAsync<RpcException>(() => host.Intake.RectifyComplaintAsync(
            new RectifyComplaintRequest { ComplaintId = complaint.Id, Reason = "Typo", ResidentReference = "TEN-2" }, Caller.Exactly("rita", "report-reader")).ResponseAsync);

        Assert.Equal((StatusCode.InvalidArgument, StatusCode.FailedPrecondition, StatusCode.PermissionDenied),
            (noReason.StatusCode, noRepresentative.StatusCode, byReader.StatusCode));
    }
}
