using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.Investigation.Api.V1;
using Complaints.PluginsApi.V1;
using static Complaints.EndToEnd.Tests.Plugins.PluginFolderFixture;

namespace Complaints.EndToEnd.Tests.Plugins;

/// <summary>
/// What a registered step is given beyond the message's input — the record before and after the main operation, only
/// the attributes it asked for — and asynchronous steps: run after commit, retried with backoff, then listed as failed
/// until an administrator retries them.
/// </summary>
public sealed class ImagesAndAsyncStepTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task APostOperationStep_SeesTheComplaintBeforeAndAfter_InTheAttributesItAskedFor(string provider)
    {
        var folder = EmptyFolder();
        DropTestPlugins(folder);
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database, $"--Plugins:Folder={folder}");
        var complaint = await DropInStepTests.RespondedAsync(host);
        var echo = Test("ImageEcho", "CloseComplaint", Stage.PostOperation);
        echo.PreImage = new Image { Attributes = { "stage", "reference" } };
        echo.PostImage = new Image { Attributes = { "stage" } };
        var step = await host.RegisterAsync(echo);

        await host.Investigation.CloseComplaintAsync(DropInStepTests.Close(complaint, "Resolved")).ResponseAsync;

        var lines = Assert.Single(await host.TracesAsync(step)).Lines.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("pre.stage=Stage1Responded", lines);
        Assert.Contains(lines, l => l.StartsWith("pre.reference=CMP-", StringComparison.Ordinal));
        Assert.Equal(["post.stage=Closed"], lines.Where(l => l.StartsWith("post.", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task OnCreate_ThereIsNoPreImage_AndThePostImageIsTheNewComplaint()
    {
        var folder = EmptyFolder();
        DropTestPlugins(folder);
        await using var host = await RunningHost.StartAsync($"--Plugins:Folder={folder}");
        var echo = Test("ImageEcho", "LogComplaint", Stage.PostOperation);
        echo.PreImage = new Image();
        echo.PostImage = new Image();
        var step = await host.RegisterAsync(echo);

        var logged = (await host.Intake.LogComplaintAsync(IntakeMethods.ValidRequest()).ResponseAsync).Complaint;

        var lines = Assert.Single(await host.TracesAsync(step)).Lines;
        Assert.Contains("pre: none", lines);
        Assert.Contains($"post.reference={logged.Reference}", lines);
        Assert.Contains("post.stage=Received", lines);
        Assert.Contains($"output.reference={logged.Reference}", lines);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AMessageAStepSends_FromSynchronousPostOperation_IsRolledBackWithItsMessage_WhenTheStepRefuses(string provider)
    {
        var folder = EmptyFolder();
        DropTestPlugins(folder);
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database, $"--Plugins:Folder={folder}");
        var step = await host.RegisterAsync(Test("ActThenRefuse", "LogComplaint", Stage.PostOperation));

        var refused = await Assert.ThrowsAsync<Grpc.Core.RpcException>(() => host.Intake.LogComplaintAsync(IntakeMethods.ValidRequest()).ResponseAsync);

        Assert.Equal(Grpc.Core.StatusCode.FailedPrecondition, refused.StatusCode);
        Assert.Contains("Refused after acting", refused.Status.Detail);
        var trace = Assert.Single(await host.TracesAsync(step));
        Assert.Contains("added at depth 1", trace.Lines); // the action was made, inside the message
        Assert.Empty((await host.Intake.ListComplaintsAsync(new Complaints.Intake.Api.V1.ListComplaintsRequest()).ResponseAsync).Complaints);
        var actionId = long.Parse(trace.Lines.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var complete = await Assert.ThrowsAsync<Grpc.Core.RpcException>(() =>
            host.Investigation.CompleteActionAsync(new CompleteActionRequest { ActionId = actionId, Note = "Done" }).ResponseAsync);
        Assert.Equal(Grpc.Core.StatusCode.NotFound, complete.StatusCode); // and it went with the message
    }

    [Fact]
    public async Task ASynchronousStep_ReadsTheComplaintItsMessageHasJustWritten_ThroughTheRecordReader()
    {
        var folder = EmptyFolder();
        DropTestPlugins(folder);
        await using var host = await RunningHost.StartAsync($"--Plugins:Folder={folder}");
        var step = await host.RegisterAsync(Test("RecordLookup", "LogComplaint", Stage.PostOperation));

        var logged = (await host.Intake.LogComplaintAsync(IntakeMethods.ValidRequest()).ResponseAsync).Complaint;

        var lines = Assert.Single(await host.TracesAsync(step)).Lines;
        Assert.Contains($"complaint {logged.Reference} at Received", lines);
        Assert.Contains("unknown complaint: none", lines);
        Assert.Contains("tenancy is not a record steps can read; they can read award, complaint.", lines);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AnAsynchronousStep_RunsAfterCommit_RetriesWithBackoff_ThenWaitsInTheFailedList_UntilRetried(string provider)
    {
        var folder = EmptyFolder();
        DropTestPlugins(folder);
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database, $"--Plugins:Folder={folder}",
            "--Outbox:MaxAttempts=3", "--Outbox:RetryBaseDelay=00:00:00.05", "--Outbox:PollInterval=00:00:00.1");
        var flaky = Test("FlakyStep", "LogComplaint", Stage.PostOperation, Mode.Asynchronous);
        flaky.UnsecureConfiguration = "fail";
        var step = await host.RegisterAsync(flaky);

        // The step's failure is not the caller's: the complaint is logged and the reply comes at once.
        var logged = (await host.Intake.LogComplaintAsync(IntakeMethods.ValidRequest()).ResponseAsync).Complaint;
        var failures = await host.TracesAsync(step, count: 3, outcome: TraceOutcome.Failed);
        var failed = await FailedListAsync(host, expected: 1);

        Assert.Equal(3, failures.Count);
        Assert.All(failures, f => Assert.Equal((Mode.Asynchronous, 1), (f.Mode, f.Depth)));
        Assert.Equal((step.StepId, "LogComplaint"), (failed[0].StepId, failed[0].Message));
        Assert.Contains("The landlord's service this step calls is down", failed[0].LastError);

        // The landlord's service is back (here: the step is told not to fail); the administrator retries it.
        var mended = step.Definition.Clone();
        mended.UnsecureConfiguration = "";
        await host.Plugins.UpdateStepAsync(new UpdateStepRequest { StepId = step.StepId, Step = mended });
        await host.Plugins.RetryAsyncStepAsync(new RetryAsyncStepRequest { ExecutionId = failed[0].ExecutionId });

        var ran = Assert.Single(await host.TracesAsync(step, outcome: TraceOutcome.Succeeded));
        Assert.Contains($"ran for {logged.Id}", ran.Lines);
        Assert.Empty(await FailedListAsync(host, expected: 0));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TheDampAndMouldSample_RegisteredAsynchronously_FlagsAMouldComplaintWithAnInspectionAction_SentAsAMessageOfTheProduct(string provider)
    {
        var folder = EmptyFolder();
        DropSample(folder);
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database, $"--Plugins:Folder={folder}");
        var flag = Sample("FlagDampAndMould", "LogComplaint", Stage.PostOperation, Mode.Asynchronous);
        flag.UnsecureConfiguration = "10";
        var step = await host.RegisterAsync(flag);
        var mould = IntakeMethods.ValidRequest();
        mould.Description = "Black mould is spreading across the bedroom ceiling.";

        var flagged = (await host.Intake.LogComplaintAsync(mould).ResponseAsync).Complaint;
        var plain = (await host.Intake.LogComplaintAsync(IntakeMethods.ValidRequest()).ResponseAsync).Complaint;
        var traces = await host.TracesAsync(step, count: 2);

        var action = Assert.Single((await host.Investigation.GetCaseFileAsync(new GetCaseFileRequest { ComplaintId = flagged.Id }).ResponseAsync).Actions);
        Assert.Contains("Possible damp and mould hazard", action.Description);
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10).ToString("yyyy-MM-dd"), action.DueOn);
        Assert.Empty((await host.Investigation.GetCaseFileAsync(new GetCaseFileRequest { ComplaintId = plain.Id }).ResponseAsync).Actions);
        Assert.All(traces, t => Assert.Equal((TraceOutcome.Succeeded, Mode.Asynchronous), (t.Outcome, t.Mode)));
        Assert.Contains(traces, t => t.Lines.Contains($"Inspection action {action.Id} added"));
    }

    private static async Task<IReadOnlyList<FailedExecution>> FailedListAsync(RunningHost host, int expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var failed = (await host.Plugins.ListFailedAsyncStepsAsync(new ListFailedAsyncStepsRequest()).ResponseAsync).Executions;
            if (failed.Count == expected || DateTime.UtcNow > deadline)
                return failed;
            await Task.Delay(100);
        }
    }
}
