using Complaints.EndToEnd.Tests.Infrastructure;
using Grpc.Core;
using Complaints.Intake.Api.V1;
using Complaints.Investigation.Api.V1;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using StatusCode = Grpc.Core.StatusCode;
using static Complaints.EndToEnd.Tests.Infrastructure.When;

namespace Complaints.EndToEnd.Tests.Investigation;

/// <summary>The case file: the Code's full record of correspondence and evidence, in the order things happened.</summary>
public sealed class CaseFileTests
{
    private static readonly CallOptions AsOfficer = Caller.As("officer-7");

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ContactsEvidenceAndOfficers_ReadBackInTheOrderTheyHappened(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);
        var complaint = await LoggedAsync(host, "2026-11-02T09:00:00Z");

        await host.Investigation.RecordContactAsync(new RecordContactRequest
        {
            ComplaintId = complaint.Id, Kind = ContactKind.Visit, Direction = ContactDirection.ToResident,
            Summary = "Inspected the boiler with the resident", OccurredAt = At("2026-11-05T14:00:00Z"),
        }, AsOfficer).ResponseAsync;
        await host.Investigation.RecordContactAsync(new RecordContactRequest
        {
            ComplaintId = complaint.Id, Kind = ContactKind.Call, Direction = ContactDirection.FromResident,
            Summary = "Resident called to agree the complaint definition", OccurredAt = At("2026-11-03T10:00:00Z"),
        }, AsOfficer).ResponseAsync;
        var photo = (await host.Investigation.RecordEvidenceAsync(new RecordEvidenceRequest
        {
            ComplaintId = complaint.Id, Kind = EvidenceKind.Photo, Title = "Boiler casing", Location = "dms://photos/8812",
            OccurredAt = At("2026-11-05T14:10:00Z"),
        }, AsOfficer).ResponseAsync).Evidence;
        await host.Investigation.AssignOfficerAsync(new AssignOfficerRequest
        {
            ComplaintId = complaint.Id, Stage = 1, ServiceAreaComplainedAbout = "Repairs",
            Officer = new Officer { Id = "sam", Name = "Sam Patel", Seniority = Seniority.Manager, ServiceArea = "Repairs" },
        }, AsOfficer).ResponseAsync;

        var file = await host.Investigation.GetCaseFileAsync(new GetCaseFileRequest { ComplaintId = complaint.Id }).ResponseAsync;

        Assert.Equal(["Resident called to agree the complaint definition", "Inspected the boiler with the resident"], file.Contacts.Select(c => c.Summary));
        Assert.All(file.Contacts, c => Assert.Equal("officer-7", c.RecordedBy));
        Assert.Equal(("Boiler casing", "dms://photos/8812", EvidenceKind.Photo), (photo.Title, photo.Location, photo.Kind));
        Assert.Single(file.Evidence);
        Assert.Equal("Sam Patel", file.Assignments.Single().Officer.Name);
    }

    [Fact]
    public async Task RecordContact_BeforeReceiptOrIncomplete_IsInvalid()
    {
        await using var host = await RunningHost.StartAsync();
        var complaint = await LoggedAsync(host, "2026-11-02T09:00:00Z");

        var incomplete = await Assert.ThrowsAsync<RpcException>(() => host.Investigation.RecordContactAsync(new RecordContactRequest { ComplaintId = complaint.Id }).ResponseAsync);
        var early = await Assert.ThrowsAsync<RpcException>(() => host.Investigation.RecordContactAsync(new RecordContactRequest
        {
            ComplaintId = complaint.Id, Kind = ContactKind.Letter, Direction = ContactDirection.ToResident, Summary = "x", OccurredAt = At("2026-10-01T09:00:00Z"),
        }).ResponseAsync);

        Assert.Equal(["kind", "direction", "summary"], incomplete.Detail<BadRequest>()!.FieldViolations.Select(v => v.Field));
        Assert.Equal(["occurred_at"], early.Detail<BadRequest>()!.FieldViolations.Select(v => v.Field));
    }

    [Fact]
    public async Task CaseFile_OfAnUnknownComplaint_IsNotFound()
    {
        await using var host = await RunningHost.StartAsync();

        var error = await Assert.ThrowsAsync<RpcException>(() => host.Investigation.GetCaseFileAsync(new GetCaseFileRequest { ComplaintId = Guid.NewGuid().ToString() }).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
    }

    private static async Task<Complaint> LoggedAsync(RunningHost host, string receivedAt)
    {
        var request = IntakeMethods.ValidRequest();
        request.ReceivedAt = At(receivedAt);
        var complaint = (await host.Intake.LogComplaintAsync(request).ResponseAsync).Complaint;
        return (await host.Intake.AcknowledgeComplaintAsync(new AcknowledgeComplaintRequest
        {
            ComplaintId = complaint.Id, ComplaintDefinition = "Boiler", NamedOfficer = "Sam Patel", OccurredAt = At("2026-11-03T09:00:00Z"),
        }).ResponseAsync).Complaint;
    }
}
