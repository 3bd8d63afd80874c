using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.Intake.Api.V1;
using Complaints.Investigation.Api.V1;
using Grpc.Core;

namespace Complaints.EndToEnd.Tests.Contracts;

/// <summary>
/// Calls racing with one <c>expected_version</c>: one wins, and every loser is ABORTED (the documented answer to a stale
/// version, which a client retries after reading again) — never FAILED_PRECONDITION, which would tell it the move itself
/// is not allowed. The version is checked as the complaint is loaded, before any rule reads it, on every provider.
/// </summary>
public sealed class RacingVersionTests
{
    private const int Racers = 6;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RacingAcknowledgements_LeaveOneWinner_AndAbortTheRest(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);
        var complaint = (await host.Intake.LogComplaintAsync(IntakeMethods.ValidRequest()).ResponseAsync).Complaint;

        var answers = await RaceAsync(() => host.Intake.AcknowledgeComplaintAsync(new AcknowledgeComplaintRequest
        {
            ComplaintId = complaint.Id, ComplaintDefinition = "Boiler repair missed", NamedOfficer = "Sam Patel", ExpectedVersion = complaint.Version,
        }).ResponseAsync);

        Assert.Equal([StatusCode.OK, .. Enumerable.Repeat(StatusCode.Aborted, Racers - 1)], answers.Order());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RacingWithdrawalAndExtension_LeaveOneWinner_AndAbortTheRest(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);
        var logged = (await host.Intake.LogComplaintAsync(IntakeMethods.ValidRequest()).ResponseAsync).Complaint;
        var complaint = (await host.Intake.AcknowledgeComplaintAsync(new AcknowledgeComplaintRequest
        {
            ComplaintId = logged.Id, ComplaintDefinition = "Boiler repair missed", NamedOfficer = "Sam Patel", ExpectedVersion = logged.Version,
        }).ResponseAsync).Complaint;

        var answers = await RaceAsync(i => i % 2 == 0
            ? host.Intake.WithdrawComplaintAsync(new WithdrawComplaintRequest { ComplaintId = complaint.Id, Reason = "Sorted", ExpectedVersion = complaint.Version }).ResponseAsync
            : host.Investigation.ExtendDeadlineAsync(new ExtendDeadlineRequest
            {
                ComplaintId = complaint.Id, WorkingDays = 2, Reason = "Waiting for the contractor", OmbudsmanDetailsGiven = true, ExpectedVersion = complaint.Version,
            }).ResponseAsync);

        Assert.Equal([StatusCode.OK, .. Enumerable.Repeat(StatusCode.Aborted, Racers - 1)], answers.Order());
    }

    private static Task<StatusCode[]> RaceAsync(Func<Task> call) => RaceAsync(_ => call());

    private static async Task<StatusCode[]> RaceAsync(Func<int, Task> call)
    {
        var start = new TaskCompletionSource();
        var racers = Enumerable.Range(0, Racers).Select(async i =>
        {
            await start.Task;
            try
            {
                await call(i);
                return StatusCode.OK;
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.Aborted)
            {
                return e.StatusCode;
            }
        }).ToList();
        start.SetResult();
        return await Task.WhenAll(racers);
    }
}
