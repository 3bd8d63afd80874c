using Complaints.Common.V1;
using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.Intake.Api.V1;
using Complaints.Investigation.Api.V1;
using Google.Protobuf.WellKnownTypes;
using static Complaints.EndToEnd.Tests.Infrastructure.When;

namespace Complaints.EndToEnd.Tests.Investigation;

/// <summary>
/// IDS 6.2 closes a stage 1 complaint whose resident has not replied within 21 working days; the host's sweep does it
/// on its own, and leaves alone what is still in its window, what has promised actions open, and every other profile.
/// Hosts read 1 June 2027; a stage 1 response on Wed 10 March 2027 gives the resident to Mon 12 April (Easter counted out).
/// </summary>
public sealed class NoReplySweepTests
{
    private static readonly DateTimeOffset Today = new(2027, 6, 1, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Ids_ClosesForNoReply_OnlyWhatIsPastItsWindowWithNothingPromised(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartAtAsync(Today, "--Complaints:PolicyProfile=ids", $"--Database:Provider={database.Provider}",
            $"--Database:ConnectionString={database.ConnectionString}");
        var silent = await RespondedAsync(host, "2027-03-10 15:00");
        var recent = await RespondedAsync(host, "2027-05-25 15:00");
        var promised = await RespondedAsync(host, "2027-03-10 15:00", promise: "Replace the boiler");
        var window = (await LifecycleMethods.ReadAsync(host, silent)).ResidentWindows.Single(w => w.Name == "stage1.replyWindow");

        await using (var swept = await RunningHost.StartAtAsync(Today, "--Complaints:PolicyProfile=ids", $"--Database:Provider={database.Provider}",
                         $"--Database:ConnectionString={database.ConnectionString}", "--Investigation:NoReplySweep:Enabled=true"))
        {
            await WaitForStageAsync(swept, silent, Stage.Closed);
        }
        var closed = await LifecycleMethods.ReadAsync(host, silent);

        Assert.Equal(("2027-04-12", ClockStatus.Overdue), (window.DueOn, window.Status));
        Assert.Equal((Trigger.CloseForNoReply, "system"), (closed.History[^1].Trigger, closed.History[^1].Actor));
        Assert.Contains("no reply by the end of 2027-04-12", closed.History[^1].Reason);
        Assert.Equal(Stage.Stage1Responded, (await LifecycleMethods.ReadAsync(host, recent)).Stage);
        Assert.Equal(Stage.Stage1Responded, (await LifecycleMethods.ReadAsync(host, promised)).Stage);
    }

    [Fact]
    public async Task Code2024_HasNoReplyWindow_AndTheSweepClosesNothing()
    {
        await using var host = await RunningHost.StartAtAsync(Today, "--Investigation:NoReplySweep:Enabled=true", "--Investigation:NoReplySweep:Interval=00:00:00.200");
        var complaint = await RespondedAsync(host, "2027-03-10 15:00");
        await Task.Delay(TimeSpan.FromSeconds(1)); // several sweeps

        var lifecycle = await LifecycleMethods.ReadAsync(host, complaint);

        Assert.Equal(Stage.Stage1Responded, lifecycle.Stage);
        Assert.DoesNotContain(lifecycle.ResidentWindows, w => w.Name == "stage1.replyWindow");
    }

    private static async Task<string> RespondedAsync(RunningHost host, string respondedAt, string? promise = null)
    {
        var log = IntakeMethods.ValidRequest("Left without a reply");
        log.ReceivedAt = London("2027-03-01 10:00");
        log.Points.Add("Boiler");
        var complaint = (await host.Intake.LogComplaintAsync(log).ResponseAsync).Complaint;
        await host.Intake.AcknowledgeComplaintAsync(new AcknowledgeComplaintRequest
        {
            ComplaintId = complaint.Id, ComplaintDefinition = "Boiler", NamedOfficer = "Sam Patel", OccurredAt = London("2027-03-02 09:00"),
        }).ResponseAsync;
        var response = new IssueResponseRequest
        {
            ComplaintId = complaint.Id, Stage = 1, ComplaintDefinition = "Boiler", EscalationInformation = "How to ask for stage 2.",
            OccurredAt = London(respondedAt),
        };
        response.Decisions.Add(new PointDecision { Point = "Boiler", Outcome = DecisionOutcome.Upheld, Reasons = "Two visits missed." });
        if (promise is not null)
            response.OutstandingActions.Add(new OutstandingAction { Description = promise, DueOn = "2027-07-01" });
        await host.Investigation.IssueResponseAsync(response).ResponseAsync;
        return complaint.Id;
    }

    private static async Task WaitForStageAsync(RunningHost host, string complaintId, Stage stage)
    {
        for (var attempt = 0; attempt < 100 && (await LifecycleMethods.ReadAsync(host, complaintId)).Stage != stage; attempt++)
            await Task.Delay(100);
    }
}
