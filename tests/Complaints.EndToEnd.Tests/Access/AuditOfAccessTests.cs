using Complaints.AccessApi.V1;
using Complaints.EndToEnd.Tests.Infrastructure;
using Grpc.Core;
using IntakeApi = Complaints.Intake.Api.V1;

namespace Complaints.EndToEnd.Tests.Access;

/// <summary>
/// The audit of access: every call on a resident's records, allowed or refused, with the sensitive fields an answer
/// carried; queryable by record, resident and actor; exportable; and a chain that shows where it was tampered with.
/// </summary>
public sealed class AuditOfAccessTests
{
    private static readonly CallOptions Auditor = Caller.Exactly("aud.itor", "auditor");

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ReadsAndChanges_OfAComplaint_AreRecordedWithWhoAndTheSensitiveFieldsSeen(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);
        var request = IntakeMethods.ValidRequest();
        request.ResidentReference = "TEN-AUDIT-1";
        request.Vulnerabilities.Add("Hearing impairment");
        var complaint = (await host.Intake.LogComplaintAsync(request, Caller.Exactly("hms-northgate", "hms")).ResponseAsync).Complaint;
        await host.Intake.GetComplaintAsync(new IntakeApi.GetComplaintRequest { Reference = complaint.Reference }, Caller.Exactly("sam.handler", "complaint-handler"));
        await Assert.ThrowsAsync<RpcException>(() => host.Intake.GetComplaintAsync(
            new IntakeApi.GetComplaintRequest { Reference = complaint.Reference }, Caller.Exactly("rita", "report-reader")).ResponseAsync);

        var byComplaint = (await host.Audit.ListAuditEntriesAsync(new ListAuditEntriesRequest
        {
            Filter = new AuditFilter { RecordType = "complaint", RecordId = complaint.Id },
        }, Auditor)).Entries;
        var byResident = (await host.Audit.ListAuditEntriesAsync(new ListAuditEntriesRequest
        {
            Filter = new AuditFilter { ResidentReference = "TEN-AUDIT-1" },
        }, Auditor)).Entries;
        var bySam = (await host.Audit.ListAuditEntriesAsync(new ListAuditEntriesRequest { Filter = new AuditFilter { Actor = "sam.handler" } }, Auditor)).Entries;

        Assert.Equal([("hms-northgate", "change", "OK"), ("sam.handler", "read", "OK")],
            byComplaint.Select(e => (e.Actor, e.Kind, e.Outcome)));
        Assert.Contains("Complaint.vulnerabilities", byComplaint[1].SensitiveFields);
        Assert.Equal(byComplaint.Select(e => e.Entry), byResident.Select(e => e.Entry));
        Assert.Equal("/complaints.intake.v1.IntakeService/GetComplaint", Assert.Single(bySam).Method);
        var refused = Assert.Single((await host.Audit.ListAuditEntriesAsync(new ListAuditEntriesRequest { Filter = new AuditFilter { Actor = "rita" } }, Auditor)).Entries);
        Assert.Equal("PermissionDenied", refused.Outcome);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TheChain_VerifiesWhole_AndNamesTheFirstEntryChangedOrRemovedAfterwards(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);
        for (var i = 0; i < 5; i++)
            await host.Intake.LogComplaintAsync(IntakeMethods.ValidRequest($"Complaint {i}"), Caller.Exactly("hms", "hms"));

        var whole = await host.Audit.VerifyAuditTrailAsync(new VerifyAuditTrailRequest(), Auditor);
        await DatabaseSchema.ExecuteAsync(database, "UPDATE kernel_audit SET \"Actor\" = 'someone-else' WHERE \"Id\" = 3");
        var edited = await host.Audit.VerifyAuditTrailAsync(new VerifyAuditTrailRequest(), Auditor);
        await DatabaseSchema.ExecuteAsync(database, "UPDATE kernel_audit SET \"Actor\" = 'hms' WHERE \"Id\" = 3");
        await DatabaseSchema.ExecuteAsync(database, "DELETE FROM kernel_audit_records WHERE \"EntryId\" = 2");
        await DatabaseSchema.ExecuteAsync(database, "DELETE FROM kernel_audit WHERE \"Id\" = 2");
        var removed = await host.Audit.VerifyAuditTrailAsync(new VerifyAuditTrailRequest(), Auditor);

        Assert.Equal((0L, ""), (whole.FirstBrokenEntry, whole.Fault));
        Assert.True(whole.VerifiedEntries >= 5, $"{whole.VerifiedEntries} entries");
        Assert.Equal((3L, "its contents no longer match its hash"), (edited.FirstBrokenEntry, edited.Fault));
        Assert.Equal(3L, removed.FirstBrokenEntry);
        Assert.Contains("entry 2 is missing", removed.Fault);
    }

    [Fact]
    public async Task TheExport_IsCsv_OneLinePerEntry_AndOnlyForAuditors()
    {
        await using var host = await RunningHost.StartAsync();
        var complaint = (await host.Intake.LogComplaintAsync(IntakeMethods.ValidRequest("Boiler, \"again\""), Caller.Exactly("hms", "hms")).ResponseAsync).Complaint;

        var export = await host.Audit.ExportAuditEntriesAsync(new ExportAuditEntriesRequest
        {
            Filter = new AuditFilter { RecordType = "complaint", RecordId = complaint.Id },
        }, Auditor);
        var byHandler = await Assert.ThrowsAsync<RpcException>(() =>
            host.Audit.ExportAuditEntriesAsync(new ExportAuditEntriesRequest(), Caller.Exactly("sam", "complaint-handler")).ResponseAsync);

        var lines = export.Csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1, export.Entries);
        Assert.StartsWith("entry,at,actor,on_behalf_of,method", lines[0]);
        Assert.Contains($"complaint:{complaint.Id}", lines[1]);
        Assert.Equal(StatusCode.PermissionDenied, byHandler.StatusCode);
    }
}
