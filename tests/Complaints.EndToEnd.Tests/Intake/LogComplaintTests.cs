using System.Text.RegularExpressions;
using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.Grpc;
using Complaints.Grpc.Client;
using Complaints.Intake.Api.V1;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using StatusCode = Complaints.Grpc.StatusCode;

namespace Complaints.EndToEnd.Tests.Intake;

/// <summary>The thin slice: a complaint logged and read back over gRPC, persisted in SQLite and PostgreSQL.</summary>
public sealed partial class LogComplaintTests
{
    private static readonly CallOptions AsOfficer = new(new Metadata().Add("x-actor-id", "officer-42").Add("x-actor-roles", "complaint-handler"));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task LogComplaint_ThenGetComplaint_ReturnsItInTheReceivedStage(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);

        var logged = (await host.Client.UnaryAsync(IntakeMethods.LogComplaint, IntakeMethods.ValidRequest(), AsOfficer)).Complaint;
        var read = (await host.Client.UnaryAsync(IntakeMethods.GetComplaint, new GetComplaintRequest { Reference = logged.Reference })).Complaint;

        Assert.Matches(ReferencePattern(), logged.Reference);
        Assert.Equal(logged, read);
        Assert.Equal("Received", read.Stage);
        Assert.Equal(["Accept", "TreatAsServiceRequest", "Decline", "Withdraw", "ReferToOmbudsman"], read.PermittedTriggers);
        Assert.Equal(Channel.Phone, read.Channel);
        Assert.Equal("officer-42", read.LoggedBy);
        Assert.Equal(read, (await host.Client.UnaryAsync(IntakeMethods.GetComplaint, new GetComplaintRequest { Id = logged.Id })).Complaint);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task LogComplaint_WithAPastReceiptTime_KeepsItAndNumbersByThatYear(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);
        var request = IntakeMethods.ValidRequest();
        request.ReceivedAt = Timestamp.FromDateTimeOffset(new DateTimeOffset(2025, 12, 31, 23, 30, 0, TimeSpan.Zero));

        var logged = (await host.Client.UnaryAsync(IntakeMethods.LogComplaint, request)).Complaint;

        Assert.Equal(request.ReceivedAt, logged.ReceivedAt);
        Assert.Equal("CMP-2025-000001", logged.Reference);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task GetComplaint_AsOfAnInstant_ShowsItAsItStoodThen(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);
        var receivedAt = new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
        var request = IntakeMethods.ValidRequest();
        request.ReceivedAt = Timestamp.FromDateTimeOffset(receivedAt);
        var reference = (await host.Client.UnaryAsync(IntakeMethods.LogComplaint, request)).Complaint.Reference;

        var afterReceipt = (await host.Client.UnaryAsync(IntakeMethods.GetComplaint, new GetComplaintRequest
        {
            Reference = reference, AsOf = Timestamp.FromDateTimeOffset(receivedAt.AddHours(1)),
        })).Complaint;
        var beforeReceipt = await Assert.ThrowsAsync<RpcException>(() => host.Client.UnaryAsync(IntakeMethods.GetComplaint,
            new GetComplaintRequest { Reference = reference, AsOf = Timestamp.FromDateTimeOffset(receivedAt.AddHours(-1)) }));

        Assert.Equal("Received", afterReceipt.Stage);
        Assert.Equal(StatusCode.NotFound, beforeReceipt.StatusCode);
        Assert.Contains("as of", beforeReceipt.Status.Detail);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task LogComplaint_WhenFieldsAreMissing_IsInvalidArgumentNamingEach(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);
        var request = new LogComplaintRequest { ReceivedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(1)) };

        var error = await Assert.ThrowsAsync<RpcException>(() => host.Client.UnaryAsync(IntakeMethods.LogComplaint, request));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var fields = error.Status.GetDetail<BadRequest>()!.FieldViolations.Select(v => v.Field);
        Assert.Equal(["channel", "description", "resident_reference", "received_at"], fields);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task LogComplaint_WhenReplayedWithItsIdempotencyKey_ReturnsTheSameComplaint(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);
        var request = IntakeMethods.ValidRequest();
        request.IdempotencyKey = "hms-message-981";

        var first = (await host.Client.UnaryAsync(IntakeMethods.LogComplaint, request)).Complaint;
        var replay = (await host.Client.UnaryAsync(IntakeMethods.LogComplaint, request)).Complaint;
        request.Description = "A different complaint under the same key";
        var error = await Assert.ThrowsAsync<RpcException>(() => host.Client.UnaryAsync(IntakeMethods.LogComplaint, request));

        Assert.Equal(first.Reference, replay.Reference);
        Assert.Equal(StatusCode.AlreadyExists, error.StatusCode);
        var next = (await host.Client.UnaryAsync(IntakeMethods.LogComplaint, IntakeMethods.ValidRequest())).Complaint;
        Assert.EndsWith("000002", next.Reference); // the replay did not take a number
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task LogComplaint_WhenManyArriveAtOnce_EachGetsItsOwnReference(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);

        var logged = await Task.WhenAll(Enumerable.Range(1, 20).Select(i =>
            host.Client.UnaryAsync(IntakeMethods.LogComplaint, IntakeMethods.ValidRequest($"complaint {i}"))));

        var numbers = logged.Select(r => int.Parse(r.Complaint.Reference[^6..])).Order();
        Assert.Equal(Enumerable.Range(1, 20), numbers);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task GetComplaint_WhenUnknownOrMalformed_IsNotFoundOrInvalidArgument(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);

        var missing = await Assert.ThrowsAsync<RpcException>(() =>
            host.Client.UnaryAsync(IntakeMethods.GetComplaint, new GetComplaintRequest { Reference = "CMP-2026-999999" }));
        var malformed = await Assert.ThrowsAsync<RpcException>(() =>
            host.Client.UnaryAsync(IntakeMethods.GetComplaint, new GetComplaintRequest { Id = "not-a-uuid" }));

        Assert.Equal(StatusCode.NotFound, missing.StatusCode);
        Assert.Contains("CMP-2026-999999", missing.Status.Detail);
        Assert.Equal(StatusCode.InvalidArgument, malformed.StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Complaint_SurvivesARestartOfTheServer(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        string reference;
        await using (var first = await RunningHost.StartOnAsync(database))
            reference = (await first.Client.UnaryAsync(IntakeMethods.LogComplaint, IntakeMethods.ValidRequest())).Complaint.Reference;

        await using var second = await RunningHost.StartOnAsync(database);
        var read = (await second.Client.UnaryAsync(IntakeMethods.GetComplaint, new GetComplaintRequest { Reference = reference })).Complaint;

        Assert.Equal(reference, read.Reference);
    }

    [GeneratedRegex(@"^CMP-20\d\d-\d{6}$")]
    private static partial Regex ReferencePattern();
}
