using Complaints.Common.V1;
using System.Text.RegularExpressions;
using Complaints.EndToEnd.Tests.Infrastructure;
using Grpc.Core;
using Complaints.Intake.Api.V1;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using StatusCode = Grpc.Core.StatusCode;

namespace Complaints.EndToEnd.Tests.Intake;

/// <summary>The thin slice: a complaint logged and read back over gRPC, persisted in SQLite and PostgreSQL.</summary>
public sealed partial class LogComplaintTests
{
    private static readonly CallOptions AsOfficer = Caller.As("officer-42", "complaint-handler");

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task LogComplaint_ThenGetComplaint_ReturnsItInTheReceivedStage(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);

        var logged = (await host.Intake.LogComplaintAsync(IntakeMethods.ValidRequest(), AsOfficer).ResponseAsync).Complaint;
        var read = (await host.Intake.GetComplaintAsync(new GetComplaintRequest { Reference = logged.Reference }).ResponseAsync).Complaint;

        Assert.Matches(ReferencePattern(), logged.Reference);
        Assert.Equal(logged, read);
        Assert.Equal(Stage.Received, read.Stage);
        Assert.Equal([Trigger.Accept, Trigger.TreatAsServiceRequest, Trigger.Decline, Trigger.Withdraw, Trigger.ReferToOmbudsman], read.PermittedTriggers);
        Assert.Equal(Channel.Phone, read.Channel);
        Assert.Equal("officer-42", read.LoggedBy);
        Assert.Equal(read, (await host.Intake.GetComplaintAsync(new GetComplaintRequest { Id = logged.Id }).ResponseAsync).Complaint);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task LogComplaint_WithAPastReceiptTime_KeepsItAndNumbersByThatYear(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);
        var request = IntakeMethods.ValidRequest();
        request.ReceivedAt = Timestamp.FromDateTimeOffset(new DateTimeOffset(2025, 12, 31, 23, 30, 0, TimeSpan.Zero));

        var logged = (await host.Intake.LogComplaintAsync(request).ResponseAsync).Complaint;

        Assert.Equal(request.ReceivedAt, logged.ReceivedAt);
        Assert.Equal("CMP-2025-000001", logged.Reference);
    }

    // The earliest instant a Timestamp can carry: no clock can be counted from it, so the whole call is refused.
    [Fact]
    public async Task LogComplaint_WhenReceivedInYearOne_IsInvalidArgumentAndNothingIsLogged()
    {
        await using var host = await RunningHost.StartAsync();
        var request = IntakeMethods.ValidRequest();
        request.ReceivedAt = Timestamp.FromDateTimeOffset(new DateTimeOffset(1, 1, 1, 0, 0, 0, TimeSpan.Zero));

        var error = await Assert.ThrowsAsync<RpcException>(() => host.Intake.LogComplaintAsync(request).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("received_at", Assert.Single(error.Detail<BadRequest>()!.FieldViolations).Field);
        Assert.Contains("1978 to 2200", error.Detail<BadRequest>()!.FieldViolations[0].Description);
        Assert.Empty((await host.Intake.ListComplaintsAsync(new ListComplaintsRequest()).ResponseAsync).Complaints);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task LogComplaint_WhenReceivedAtIsAMinuteAheadWithinTheSkew_ReturnsItInTheReceivedStage(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);
        var request = IntakeMethods.ValidRequest();
        request.ReceivedAt = When.AheadOfUs(TimeSpan.FromMinutes(1));

        var logged = (await host.Intake.LogComplaintAsync(request).ResponseAsync).Complaint;
        var read = (await host.Intake.GetComplaintAsync(new GetComplaintRequest { Id = logged.Id }).ResponseAsync).Complaint;

        Assert.Equal(request.ReceivedAt, logged.ReceivedAt);
        Assert.Equal(Stage.Received, logged.Stage);
        Assert.Equal(logged, read);
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
        var reference = (await host.Intake.LogComplaintAsync(request).ResponseAsync).Complaint.Reference;

        var afterReceipt = (await host.Intake.GetComplaintAsync(new GetComplaintRequest
        {
            Reference = reference, AsOf = Timestamp.FromDateTimeOffset(receivedAt.AddHours(1)),
        }).ResponseAsync).Complaint;
        var beforeReceipt = await Assert.ThrowsAsync<RpcException>(() => host.Intake.GetComplaintAsync(new GetComplaintRequest { Reference = reference, AsOf = Timestamp.FromDateTimeOffset(receivedAt.AddHours(-1)) }).ResponseAsync);

        Assert.Equal(Stage.Received, afterReceipt.Stage);
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

        var error = await Assert.ThrowsAsync<RpcException>(() => host.Intake.LogComplaintAsync(request).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var fields = error.Detail<BadRequest>()!.FieldViolations.Select(v => v.Field);
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

        var first = (await host.Intake.LogComplaintAsync(request).ResponseAsync).Complaint;
        var replay = (await host.Intake.LogComplaintAsync(request).ResponseAsync).Complaint;
        request.Description = "A different complaint under the same key";
        var error = await Assert.ThrowsAsync<RpcException>(() => host.Intake.LogComplaintAsync(request).ResponseAsync);

        Assert.Equal(first.Reference, replay.Reference);
        Assert.Equal(StatusCode.AlreadyExists, error.StatusCode);
        var next = (await host.Intake.LogComplaintAsync(IntakeMethods.ValidRequest()).ResponseAsync).Complaint;
        Assert.EndsWith("000002", next.Reference); // the replay did not take a number
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task LogComplaint_WhenManyArriveAtOnce_EachGetsItsOwnReference(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);

        var logged = await Task.WhenAll(Enumerable.Range(1, 20).Select(i =>
            host.Intake.LogComplaintAsync(IntakeMethods.ValidRequest($"complaint {i}")).ResponseAsync));

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
            host.Intake.GetComplaintAsync(new GetComplaintRequest { Reference = "CMP-2026-999999" }).ResponseAsync);
        var malformed = await Assert.ThrowsAsync<RpcException>(() =>
            host.Intake.GetComplaintAsync(new GetComplaintRequest { Id = "not-a-uuid" }).ResponseAsync);

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
            reference = (await first.Intake.LogComplaintAsync(IntakeMethods.ValidRequest()).ResponseAsync).Complaint.Reference;

        await using var second = await RunningHost.StartOnAsync(database);
        var read = (await second.Intake.GetComplaintAsync(new GetComplaintRequest { Reference = reference }).ResponseAsync).Complaint;

        Assert.Equal(reference, read.Reference);
    }

    [GeneratedRegex(@"^CMP-20\d\d-\d{6}$")]
    private static partial Regex ReferencePattern();
}
