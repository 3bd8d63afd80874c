using Complaints.AccessApi.V1;
using Complaints.Compensation.Api.V1;
using Complaints.EndToEnd.Tests.Compensation;
using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.Intake.Api.V1;
using Complaints.Investigation.Api.V1;
using Complaints.OmbudsmanLiaison.Api.V1;
using Complaints.VexatiousBehaviour.Api.V1;
using Grpc.Core;

namespace Complaints.EndToEnd.Tests.Access;

/// <summary>
/// The retention schedule (six years after conclusion in every shipped profile): records concluded in spring 2019 are
/// logged by a host whose clock reads then, and swept by a host on today's clock. A held record, an open one and a
/// recent one are left alone; the swept one loses its personal data in every module and keeps its figures.
/// </summary>
public sealed class RetentionTests
{
    private const string Marker = "[anonymised under the retention schedule]";

    private static readonly DateTimeOffset Spring2019 = new(2019, 4, 1, 11, 0, 0, TimeSpan.Zero);

    private static readonly CallOptions DataProtectionOfficer = Caller.Exactly("dpo", "data-protection-officer");

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TheSweep_AnonymisesWhatIsPastItsSchedule_EverywhereAtOnce_AndKeepsTheFigures(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        Old old;
        await using (var then = await RunningHost.StartAtAsync(Spring2019, $"--Database:Provider={database.Provider}", $"--Database:ConnectionString={database.ConnectionString}"))
            old = await LogOldRecordsAsync(then);
        await using var host = await RunningHost.StartOnAsync(database);
        var recent = await WithdrawnAsync(host, "TEN-RET-1", "A recent complaint");

        var hold = (await host.Privacy.PlaceLegalHoldAsync(new PlaceLegalHoldRequest
        {
            Kind = RecordKind.Complaint, Reference = old.Held.Reference, Reason = "Disrepair claim issued in the county court",
        }, DataProtectionOfficer)).Hold;
        var preview = await host.Privacy.RunRetentionSweepAsync(new RunRetentionSweepRequest { DryRun = true }, DataProtectionOfficer);
        var untouched = (await host.Intake.GetComplaintAsync(new GetComplaintRequest { Id = old.Swept.Id })).Complaint;
        var sweep = await host.Privacy.RunRetentionSweepAsync(new RunRetentionSweepRequest(), DataProtectionOfficer);
        var again = await host.Privacy.RunRetentionSweepAsync(new RunRetentionSweepRequest(), DataProtectionOfficer);

        Assert.Equal([old.Swept.Reference, old.Referred.Reference, old.Case.Reference], preview.Anonymised.Select(r => r.Reference).Order());
        Assert.Equal("Damp in the back bedroom since January", untouched.Description);
        Assert.Equal([old.Swept.Reference, old.Referred.Reference, old.Case.Reference], sweep.Anonymised.Select(r => r.Reference).Order());
        Assert.Equal("Intake 1, Investigation 1, Compensation 1", sweep.Anonymised.Single(r => r.Reference == old.Swept.Reference).Changes);
        Assert.Equal("Intake 1, OmbudsmanLiaison 2", sweep.Anonymised.Single(r => r.Reference == old.Referred.Reference).Changes);
        Assert.Equal(old.Held.Reference, Assert.Single(sweep.Held).Reference);
        Assert.Equal(hold.Id, sweep.Held[0].HoldId);
        Assert.Empty(again.Anonymised);
        Assert.Equal(6, sweep.Schedule.Single(r => r.Kind == RecordKind.Complaint).YearsAfterConclusion);

        var complaint = (await host.Intake.GetComplaintAsync(new GetComplaintRequest { Id = old.Swept.Id })).Complaint;
        Assert.Equal((Marker, "anonymised"), (complaint.Description, complaint.ResidentReference));
        Assert.Equal([Marker], complaint.Vulnerabilities);
        Assert.Equal((old.Swept.Reference, old.Swept.Channel, old.Swept.ReceivedAt), (complaint.Reference, complaint.Channel, complaint.ReceivedAt));
        var contact = Assert.Single((await host.Investigation.GetCaseFileAsync(new GetCaseFileRequest { ComplaintId = old.Swept.Id })).Contacts);
        Assert.Equal((Marker, ContactKind.Call), (contact.Summary, contact.Kind));
        var award = (await host.Compensation.GetAwardAsync(new GetAwardRequest { Id = old.AwardId }, Caller.As("olu", "compensation-officer"))).Award;
        Assert.Equal((Marker, 5000L), (award.Rationale, award.TotalPence));
        Assert.Equal(Marker, Assert.Single(award.Lines).Description);
        var conduct = (await host.Conduct.GetConductCaseAsync(new GetConductCaseRequest { CaseId = old.Case.Id }, ConductMethods.As("cara"))).ConductCase;
        Assert.Equal(("anonymised", Marker, Marker), (conduct.ResidentReference, conduct.Summary, Assert.Single(conduct.Incidents).Description));
        Assert.Equal(Behaviour.AbusiveOrThreateningLanguage, conduct.Incidents[0].Behaviour);

        var referral = (await host.Ombudsman.GetReferralAsync(new GetReferralRequest { OmbudsmanCaseReference = "HOS-RET-19" })).Referral;
        Assert.Equal((Marker, Marker), (referral.Summary, Assert.Single(referral.Orders).Description));
        Assert.Equal(Finding.Maladministration, Assert.Single(referral.Determination.Findings).Finding);

        var held = (await host.Intake.GetComplaintAsync(new GetComplaintRequest { Id = old.Held.Id })).Complaint;
        Assert.Equal("TEN-RET-1", held.ResidentReference);
        var pack = await host.Privacy.ExportResidentDataAsync(new ExportResidentDataRequest { ResidentReference = "TEN-RET-1" }, DataProtectionOfficer);
        Assert.Equal(2, pack.Complaints); // the held one and the recent one
        Assert.DoesNotContain(old.Swept.Reference, pack.Html);
        Assert.Contains(recent.Reference, pack.Html);
        var audited = (await host.Audit.ListAuditEntriesAsync(new ListAuditEntriesRequest { Filter = new AuditFilter { RecordType = "complaint", RecordId = old.Swept.Id } },
            Caller.Exactly("aud", "auditor"))).Entries;
        Assert.Contains(audited, e => e.Method == "retention/Anonymise" && e.Actor == "dpo" && e.Detail.Contains("Investigation 1"));

        await host.Privacy.ReleaseLegalHoldAsync(new ReleaseLegalHoldRequest { HoldId = hold.Id, Reason = "Claim settled" }, DataProtectionOfficer);
        var afterRelease = await host.Privacy.RunRetentionSweepAsync(new RunRetentionSweepRequest(), DataProtectionOfficer);
        Assert.Equal(old.Held.Reference, Assert.Single(afterRelease.Anonymised).Reference);
        var holds = (await host.Privacy.ListLegalHoldsAsync(new ListLegalHoldsRequest { IncludeReleased = true }, DataProtectionOfficer)).Holds;
        Assert.Equal(("Claim settled", "dpo"), (Assert.Single(holds).ReleaseReason, holds[0].ReleasedBy));
        Assert.Empty((await host.Privacy.ListLegalHoldsAsync(new ListLegalHoldsRequest(), DataProtectionOfficer)).Holds);
    }

    [Fact]
    public async Task TheSweepRunsByItself_WhenTheHostStarts()
    {
        var database = Path.Combine(Directory.CreateTempSubdirectory("complaints-retention-").FullName, "complaints.db");
        var onFile = $"--Database:ConnectionString=Data Source={database}";
        Complaint old;
        await using (var then = await RunningHost.StartAtAsync(Spring2019, onFile))
            old = await WithdrawnAsync(then, "TEN-RET-2", "Old enough to go");
        await using var host = await RunningHost.StartAsync(onFile, "--Retention:Sweep:Enabled=true");

        string description = "";
        for (var attempt = 0; attempt < 100 && description != Marker; attempt++, await Task.Delay(100))
            description = (await host.Intake.GetComplaintAsync(new GetComplaintRequest { Id = old.Id })).Complaint.Description;

        Assert.Equal(Marker, description);
    }

    [Fact]
    public async Task LegalHolds_AreRefusedClearly()
    {
        await using var host = await RunningHost.StartAsync();
        var complaint = await WithdrawnAsync(host, "TEN-RET-3", "Held twice");
        var request = new PlaceLegalHoldRequest { Kind = RecordKind.Complaint, Reference = complaint.Reference, Reason = "Subject's request to keep" };
        var hold = (await host.Privacy.PlaceLegalHoldAsync(request, DataProtectionOfficer)).Hold;

        var twice = await Assert.ThrowsAsync<RpcException>(() => host.Privacy.PlaceLegalHoldAsync(request, DataProtectionOfficer).ResponseAsync);
        var unknown = await Assert.ThrowsAsync<RpcException>(() => host.Privacy.PlaceLegalHoldAsync(
            new PlaceLegalHoldRequest { Kind = RecordKind.ConductCase, Reference = "UB-NOPE", Reason = "x" }, DataProtectionOfficer).ResponseAsync);
        var noKind = await Assert.ThrowsAsync<RpcException>(() => host.Privacy.PlaceLegalHoldAsync(
            new PlaceLegalHoldRequest { Reference = complaint.Reference, Reason = "x" }, DataProtectionOfficer).ResponseAsync);
        await host.Privacy.ReleaseLegalHoldAsync(new ReleaseLegalHoldRequest { HoldId = hold.Id, Reason = "Done" }, DataProtectionOfficer);
        var releasedTwice = await Assert.ThrowsAsync<RpcException>(() => host.Privacy.ReleaseLegalHoldAsync(
            new ReleaseLegalHoldRequest { HoldId = hold.Id, Reason = "Again" }, DataProtectionOfficer).ResponseAsync);
        var noHold = await Assert.ThrowsAsync<RpcException>(() => host.Privacy.ReleaseLegalHoldAsync(
            new ReleaseLegalHoldRequest { Reason = "Done" }, DataProtectionOfficer).ResponseAsync);
        var byHandler = await Assert.ThrowsAsync<RpcException>(() => host.Privacy.RunRetentionSweepAsync(
            new RunRetentionSweepRequest(), Caller.Exactly("sam", "complaint-handler")).ResponseAsync);

        Assert.Equal(StatusCode.AlreadyExists, twice.StatusCode);
        Assert.Contains($"hold {hold.Id}", twice.Status.Detail);
        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(StatusCode.InvalidArgument, noKind.StatusCode);
        Assert.Equal("kind", Assert.Single(noKind.Detail<Google.Rpc.BadRequest>()!.FieldViolations).Field);
        Assert.Equal(StatusCode.FailedPrecondition, releasedTwice.StatusCode);
        Assert.Equal("hold_id", Assert.Single(noHold.Detail<Google.Rpc.BadRequest>()!.FieldViolations).Field);
        Assert.Equal(StatusCode.PermissionDenied, byHandler.StatusCode);
    }

    private sealed record Old(Complaint Swept, Complaint Held, Complaint Referred, long AwardId, ConductCase Case);

    private static async Task<Old> LogOldRecordsAsync(RunningHost host)
    {
        var log = IntakeMethods.ValidRequest("Damp in the back bedroom since January");
        log.ResidentReference = "TEN-RET-1";
        log.Vulnerabilities.Add("Asthma");
        var swept = (await host.Intake.LogComplaintAsync(log).ResponseAsync).Complaint;
        await host.Investigation.RecordContactAsync(new RecordContactRequest
        {
            ComplaintId = swept.Id, Kind = ContactKind.Call, Direction = ContactDirection.FromResident, Summary = "Rang about her son's asthma",
        });
        var award = (await host.Compensation.ProposeAwardAsync(
            AwardsData.Proposal(swept.Id, AwardsData.Amount(AwardCategory.TimeAndTrouble, "Time and trouble over the damp", 5000)),
            Caller.As("olu", "compensation-officer")).ResponseAsync).Award;
        await host.Intake.WithdrawComplaintAsync(new WithdrawComplaintRequest { ComplaintId = swept.Id, Reason = "Resolved with the surveyor" });
        var held = await WithdrawnAsync(host, "TEN-RET-1", "Mould in the kitchen");
        var referred = await RemediesCompliedAsync(host);
        var opened = (await host.Conduct.OpenConductCaseAsync(new OpenConductCaseRequest { ResidentReference = "TEN-RET-9", Summary = "Abusive calls" },
            ConductMethods.As("cara")).ResponseAsync).ConductCase;
        var conduct = (await host.Conduct.RecordIncidentAsync(new RecordIncidentRequest
        {
            CaseId = opened.Id, Channel = ContactChannel.Phone, Behaviour = Behaviour.AbusiveOrThreateningLanguage,
            Description = "Shouted at the call handler", Evidence = "Call recording",
        }, ConductMethods.As("cara")).ResponseAsync).ConductCase;
        return new Old(swept, held, referred, award.Id, conduct);
    }

    /// <summary>To the Ombudsman and back: referred, determined with one order, the order complied with.</summary>
    private static async Task<Complaint> RemediesCompliedAsync(RunningHost host)
    {
        var log = IntakeMethods.ValidRequest("Leak through the ceiling");
        log.ResidentReference = "TEN-RET-4";
        var complaint = (await host.Intake.LogComplaintAsync(log).ResponseAsync).Complaint;
        var referral = (await host.Ombudsman.RecordReferralAsync(new RecordReferralRequest
        {
            OmbudsmanCaseReference = "HOS-RET-19", ComplaintIds = { complaint.Id }, Summary = "Her son's asthma worsened with the damp",
        }).ResponseAsync).Referral;
        var determination = new RecordDeterminationRequest { ReferralId = referral.Id };
        determination.Findings.Add(new ElementFinding { Element = "Repairs", Finding = Finding.Maladministration });
        determination.Orders.Add(new OrderInput { Type = OrderType.Apology, Description = "Apologise to Ms Example in writing", Owner = "Director of Housing" });
        var order = (await host.Ombudsman.RecordDeterminationAsync(determination).ResponseAsync).Referral.Orders.Single();
        await host.Ombudsman.RecordOrderComplianceAsync(new RecordOrderComplianceRequest { OrderId = order.Id, Evidence = "Letter of apology sent" });
        return complaint;
    }

    private static async Task<Complaint> WithdrawnAsync(RunningHost host, string resident, string description)
    {
        var log = IntakeMethods.ValidRequest(description);
        log.ResidentReference = resident;
        var complaint = (await host.Intake.LogComplaintAsync(log).ResponseAsync).Complaint;
        await host.Intake.WithdrawComplaintAsync(new WithdrawComplaintRequest { ComplaintId = complaint.Id, Reason = "No longer wanted" });
        return complaint;
    }
}
