using Complaints.Investigation.CaseFile;
using Complaints.Investigation.Persistence;
using Complaints.Investigation.Policy;
using Complaints.Kernel.Calendar;
using Complaints.Kernel.Errors;
using Complaints.Lifecycle.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static Complaints.Investigation.Tests.InvestigationSteps;

namespace Complaints.Investigation.Tests;

/// <summary>
/// The case file: every contact and piece of evidence on a known complaint, none dated before it arrived; and the
/// policy's promises to speak to the resident (VHA 5.2: within 24 hours, or a written acknowledgement within three
/// working days), worked out from the contacts and the lifecycle.
/// </summary>
public sealed class CaseFileTests(InvestigationHosts hosts) : IClassFixture<InvestigationHosts>
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RecordContactOrEvidence_WhenIncompleteOrBeforeTheComplaint_IsRefused(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var complaint = await host.AcknowledgedAsync(Received);

        var contact = await Assert.ThrowsAsync<ValidationException>(() => host.ExecuteAsync(new RecordContactCommand(complaint.ComplaintId, null, null, " ", null)));
        var evidence = await Assert.ThrowsAsync<ValidationException>(() => host.ExecuteAsync(new RecordEvidenceCommand(complaint.ComplaintId, null, "", " ", null, null)));
        var early = await Assert.ThrowsAsync<ValidationException>(() =>
            host.ExecuteAsync(new RecordContactCommand(complaint.ComplaintId, ContactKind.Call, ContactDirection.FromResident, "Rang about it", Received.AddHours(-2))));
        var unknown = await Assert.ThrowsAsync<NotFoundException>(() =>
            host.ExecuteAsync(new RecordContactCommand(Guid.NewGuid(), ContactKind.Call, ContactDirection.FromResident, "Rang about it", null)));

        Assert.Equal(["kind", "direction", "summary"], contact.Violations.Select(v => v.Field));
        Assert.Equal(["kind", "title", "location"], evidence.Violations.Select(v => v.Field));
        Assert.Equal("occurred_at", Assert.Single(early.Violations).Field);
        Assert.Equal("Complaint", unknown.Entity);
        Assert.Equal(0, await host.QueryAsync<InvestigationDbContext, int>(db => db.Contacts.CountAsync(c => c.ComplaintId == complaint.ComplaintId)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RecordEvidence_ANote_NeedsNoLocation(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var complaint = await host.AcknowledgedAsync(Received);

        var id = await host.ExecuteAsync(new RecordEvidenceCommand(complaint.ComplaintId, EvidenceKind.Note, " Surveyor's verbal view ", "", " Damp is rising ", Received.AddDays(2)));

        var recorded = await host.QueryAsync<InvestigationDbContext, Evidence>(db => db.Evidence.AsNoTracking().SingleAsync(e => e.Id == id));
        Assert.Equal(("Surveyor's verbal view", "", "Damp is rising", ModuleTestHost.Officer.Id), (recorded.Title, recorded.Location, recorded.Note, recorded.RecordedBy));
    }

    [Theory]
    [MemberData(nameof(SpeakToResident))]
    public async Task SpeakToResident_UnderVha_IsMetByACallOrByTheWrittenAcknowledgement(
        string provider, string? callAt, string? acknowledgedAt, string asOf, ClockStatus status, string metBy)
    {
        var host = await hosts.HostAsync(provider, "vha");
        var complaint = await host.ReceivedAsync(Instants.London("2026-11-02 10:00")); // written acknowledgement due Thu 5 November
        await host.MoveAsync(complaint.ComplaintId, ComplaintTrigger.Accept, Instants.London("2026-11-02 10:00"));
        await host.ExecuteAsync(new RecordContactCommand(complaint.ComplaintId, ContactKind.Letter, ContactDirection.ToResident, "Sent the leaflet", Instants.London("2026-11-02 11:00")));
        if (callAt is not null)
            await host.ExecuteAsync(new RecordContactCommand(complaint.ComplaintId, ContactKind.Call, ContactDirection.ToResident, "Agreed the definition", Instants.London(callAt)));
        if (acknowledgedAt is not null)
            await host.MoveAsync(complaint.ComplaintId, ComplaintTrigger.Acknowledge, Instants.London(acknowledgedAt));

        var target = (await TargetsAsync(host, complaint.ComplaintId, Instants.London(asOf))).Single(t => t.Name == "stage1.speakToResident");

        Assert.Equal((Instants.London("2026-11-03 10:00"), status), (target.DueBy, target.Status));
        Assert.StartsWith(metBy, target.MetBy);
    }

    public static IEnumerable<object?[]> SpeakToResident => TestDatabase.OnEachProvider(
        ["2026-11-02 15:00", null, "2026-11-02 16:00", ClockStatus.MetOnTime, "Call #"], // spoken to the same day (a letter does not count)
        [null, "2026-11-04 12:00", "2026-11-10 12:00", ClockStatus.MetOnTime, "stage1.acknowledge"], // or acknowledged in writing in time
        ["2026-11-03 12:00", "2026-11-06 12:00", "2026-11-10 12:00", ClockStatus.MetLate, "Call #"], // neither in time: the call, late
        [null, null, "2026-11-04 12:00", ClockStatus.OnTrack, ""], // past 24 hours, but the acknowledgement may still come
        [null, null, "2026-11-06 12:00", ClockStatus.Overdue, ""]);

    /// <summary>The targets as of <paramref name="asOf"/>, from the complaint's lifecycle then and its recorded contacts.</summary>
    private static Task<IReadOnlyList<ContactTargetView>> TargetsAsync(ModuleTestHost host, Guid complaintId, DateTimeOffset asOf) =>
        host.QueryAsync(async services =>
        {
            var view = (await services.GetRequiredService<ILifecycle>().FindAsync(complaintId, asOf, CancellationToken.None))!;
            var contacts = await services.GetRequiredService<InvestigationDbContext>().Contacts.AsNoTracking()
                .Where(c => c.ComplaintId == complaintId && c.OccurredAt <= asOf).ToListAsync();
            var targets = new ContactTargets(services.GetRequiredService<IOptions<InvestigationPolicy>>().Value, services.GetRequiredService<WorkingDayCalendar>());
            return targets.For(view, contacts, asOf);
        });
}
