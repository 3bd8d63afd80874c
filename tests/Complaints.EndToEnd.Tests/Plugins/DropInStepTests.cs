using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.Intake.Api.V1;
using Complaints.Investigation.Api.V1;
using Complaints.PluginsApi.V1;
using Complaints.Testing;
using Grpc.Core;
using static Complaints.EndToEnd.Tests.Plugins.PluginFolderFixture;
using CommonStage = Complaints.Common.V1.Stage;

namespace Complaints.EndToEnd.Tests.Plugins;

/// <summary>
/// A landlord's own steps, dropped into the plug-in folder of a running host and registered through
/// PluginRegistrationService: they act on the next call, refuse with their own message (nothing of the message kept),
/// stop when switched off, and leave a trace of every execution.
/// </summary>
public sealed class DropInStepTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ASampleDroppedIntoARunningHost_AndRegistered_ActsOnTheNextCall_AndStopsWhenDisabled(string provider)
    {
        var folder = EmptyFolder();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database, $"--Plugins:Folder={folder}");
        Assert.False(await LogsFlaggedAsync(host)); // nothing registered: the product's own behaviour

        DropSample(folder);
        var types = (await host.Plugins.ListPluginTypesAsync(new ListPluginTypesRequest()).ResponseAsync).Assemblies.Single();
        Assert.Contains($"{SampleNamespace}.FlagDampAndMould", types.PluginTypes);
        var step = await host.RegisterAsync(Sample("FlagDampAndMould", "LogComplaint", Stage.PreValidation));
        Assert.True(await LogsFlaggedAsync(host));

        await host.Plugins.DisableStepAsync(new DisableStepRequest { StepId = step.StepId });
        Assert.False(await LogsFlaggedAsync(host));
        await host.Plugins.EnableStepAsync(new EnableStepRequest { StepId = step.StepId });
        Assert.True(await LogsFlaggedAsync(host));

        var table = (await host.Plugins.ListStepsAsync(new ListStepsRequest { Message = "LogComplaint" }).ResponseAsync).Steps.Single();
        Assert.Equal((step.StepId, true, 2), (table.StepId, table.Enabled, table.Version)); // registered (0), disabled, enabled
        var traces = await host.TracesAsync(step, count: 2);
        Assert.All(traces, t => Assert.Equal(TraceOutcome.Succeeded, t.Outcome));
        Assert.Contains("Possible damp and mould hazard: the description mentions mould", traces[^1].Lines);

        await host.Plugins.UnregisterStepAsync(new UnregisterStepRequest { StepId = step.StepId });
        Assert.False(await LogsFlaggedAsync(host));
        Assert.Empty((await host.Plugins.ListStepsAsync(new ListStepsRequest()).ResponseAsync).Steps);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AStepThatRefuses_SendsItsMessageToTheCaller_NothingIsClosed_AndTheRefusalIsTraced(string provider)
    {
        var folder = EmptyFolder();
        DropSample(folder);
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database, $"--Plugins:Folder={folder}");
        var complaint = await RespondedAsync(host);
        var step = await host.RegisterAsync(Sample("RequireRootCause", "CloseComplaint", Stage.PreValidation));

        var refusal = await Assert.ThrowsAsync<RpcException>(() => host.Investigation.CloseComplaintAsync(Close(complaint, "Resident satisfied")).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, refusal.StatusCode);
        Assert.Contains("Record the root cause before closing", refusal.Status.Detail);
        Assert.Equal(CommonStage.Stage1Responded, (await host.Intake.GetComplaintAsync(new GetComplaintRequest { Id = complaint }).ResponseAsync).Complaint.Stage);
        var trace = Assert.Single(await host.TracesAsync(step));
        Assert.Equal((TraceOutcome.Refused, "CloseComplaint", Stage.PreValidation), (trace.Outcome, trace.Message, trace.Stage));
        Assert.Contains("Record the root cause", trace.Error);

        // The landlord changes its wording through the step's unsecure configuration; a note that follows it passes.
        var reworded = step.Definition.Clone();
        reworded.UnsecureConfiguration = "Why it happened:";
        await host.Plugins.UpdateStepAsync(new UpdateStepRequest { StepId = step.StepId, Step = reworded, ExpectedVersion = step.Version });
        var closed = (await host.Investigation.CloseComplaintAsync(Close(complaint, "Why it happened: the contractor's booking failed")).ResponseAsync).Change;
        Assert.Equal(CommonStage.Closed, closed.Stage);
    }

    [Fact]
    public async Task AStepWhoseAssemblyIsRemoved_FailsTheNextMessage_UntilItIsDisabled()
    {
        var folder = EmptyFolder();
        DropSample(folder);
        await using var host = await RunningHost.StartAsync($"--Plugins:Folder={folder}");
        var step = await host.RegisterAsync(Sample("FlagDampAndMould", "LogComplaint", Stage.PreValidation));
        await host.Intake.LogComplaintAsync(IntakeMethods.ValidRequest()).ResponseAsync;

        File.Delete(Path.Combine(folder, $"{BuiltPlugins.Samples}.dll"));
        var failed = await Assert.ThrowsAsync<RpcException>(() => host.Intake.LogComplaintAsync(IntakeMethods.ValidRequest()).ResponseAsync);
        Assert.Equal(StatusCode.Internal, failed.StatusCode);

        await host.Plugins.DisableStepAsync(new DisableStepRequest { StepId = step.StepId });
        await host.Intake.LogComplaintAsync(IntakeMethods.ValidRequest()).ResponseAsync;
    }

    [Theory]
    [InlineData("SlowStep")]
    [InlineData("StubbornStep")]
    public async Task AStepOverItsTimeLimit_IsStopped_AndTheMessageRefusedWithNothingKept(string type)
    {
        var folder = EmptyFolder();
        DropTestPlugins(folder);
        await using var host = await RunningHost.StartAsync($"--Plugins:Folder={folder}", "--Plugins:StepTimeLimit=00:00:00.5");
        var step = await host.RegisterAsync(Test(type, "LogComplaint", Stage.PreOperation));

        var refused = await Assert.ThrowsAsync<RpcException>(() => host.Intake.LogComplaintAsync(IntakeMethods.ValidRequest()).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        Assert.Contains($"{type} on LogComplaint did not finish within 0.5 s", refused.Status.Detail);
        // Nothing of it was kept: not even the reference number it had taken inside the transaction.
        Assert.Empty((await host.Intake.ListComplaintsAsync(new ListComplaintsRequest()).ResponseAsync).Complaints);
        Assert.Equal(TraceOutcome.TimedOut, Assert.Single(await host.TracesAsync(step)).Outcome);
    }

    private static async Task<bool> LogsFlaggedAsync(RunningHost host)
    {
        var mould = IntakeMethods.ValidRequest();
        mould.Description = "Black mould is spreading across the bedroom ceiling.";
        var logged = (await host.Intake.LogComplaintAsync(mould).ResponseAsync).Complaint;
        // What the reply says is what was stored.
        Assert.Equal(logged.HealthAndSafety, (await host.Intake.GetComplaintAsync(new GetComplaintRequest { Reference = logged.Reference }).ResponseAsync).Complaint.HealthAndSafety);
        return logged.HealthAndSafety;
    }

    internal static async Task<string> RespondedAsync(RunningHost host)
    {
        var complaint = (await host.Intake.LogComplaintAsync(IntakeMethods.ValidRequest()).ResponseAsync).Complaint;
        await host.Intake.AcknowledgeComplaintAsync(new AcknowledgeComplaintRequest
        {
            ComplaintId = complaint.Id, ComplaintDefinition = "Boiler", NamedOfficer = "Sam Patel",
        }).ResponseAsync;
        var response = new IssueResponseRequest
        {
            ComplaintId = complaint.Id, Stage = 1, ComplaintDefinition = "Boiler repair missed twice",
            EscalationInformation = "Reply within 21 working days to ask for a review.",
        };
        response.Decisions.Add(new PointDecision { Point = "Boiler", Outcome = DecisionOutcome.Upheld, Reasons = "Visits were missed." });
        await host.Investigation.IssueResponseAsync(response).ResponseAsync;
        return complaint.Id;
    }

    internal static CloseComplaintRequest Close(string complaintId, string note) =>
        new() { ComplaintId = complaintId, Reason = CloseReason.Resolved, Note = note };
}
