using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.Intake.Api.V1;
using Complaints.Investigation.Api.V1;
using Complaints.Common.V1;
using Complaints.Testing;
using Grpc.Core;

namespace Complaints.EndToEnd.Tests.Plugins;

/// <summary>
/// A landlord's own steps, dropped into the plug-in folder of the real host and registered on a message: they act on
/// the next call, refuse with their own message (nothing of the message kept), and stop when switched off.
/// </summary>
public sealed class DropInStepTests
{
    private const string Sample = BuiltPlugins.Samples;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AStepDroppedInAndRegisteredOnLogComplaint_ChangesTheComplaintItLogs(string provider)
    {
        var folder = FolderWithSample();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database, [$"--Plugins:Folder={folder}", .. Step(0, "LogComplaint", "PreValidation", "FlagDampAndMould")]);
        var mould = IntakeMethods.ValidRequest();
        mould.Description = "Black mould is spreading across the bedroom ceiling.";

        var flagged = (await host.Intake.LogComplaintAsync(mould).ResponseAsync).Complaint;
        var plain = (await host.Intake.LogComplaintAsync(IntakeMethods.ValidRequest()).ResponseAsync).Complaint;

        Assert.True(flagged.HealthAndSafety);
        Assert.False(plain.HealthAndSafety);
        Assert.True((await host.Intake.GetComplaintAsync(new GetComplaintRequest { Reference = flagged.Reference }).ResponseAsync).Complaint.HealthAndSafety);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AStepThatRefuses_SendsItsMessageToTheCaller_AndNothingIsClosed_UntilItIsSwitchedOff(string provider)
    {
        var folder = FolderWithSample();
        await using var database = await TestDatabase.CreateAsync(provider);
        var registered = Step(0, "CloseComplaint", "PreValidation", "RequireRootCause");
        var complaint = await RespondedAsync(database, folder, registered);

        await using (var host = await RunningHost.StartOnAsync(database, [$"--Plugins:Folder={folder}", .. registered]))
        {
            var refusal = await Assert.ThrowsAsync<RpcException>(() => host.Investigation.CloseComplaintAsync(Close(complaint, "Resident satisfied")).ResponseAsync);
            Assert.Equal(StatusCode.FailedPrecondition, refusal.StatusCode);
            Assert.Contains("Record the root cause before closing", refusal.Status.Detail);
            Assert.Equal(Stage.Stage1Responded, (await host.Intake.GetComplaintAsync(new GetComplaintRequest { Id = complaint }).ResponseAsync).Complaint.Stage);
        }
        await using (var host = await RunningHost.StartOnAsync(database, [$"--Plugins:Folder={folder}", .. registered, "--Plugins:Steps:0:Enabled=false"]))
        {
            var closed = (await host.Investigation.CloseComplaintAsync(Close(complaint, "Resident satisfied")).ResponseAsync).Change;
            Assert.Equal(Stage.Closed, closed.Stage);
        }
    }

    [Fact]
    public async Task AStepWhoseAssemblyIsRemoved_IsNotFoundForTheNextMessage()
    {
        var folder = FolderWithSample();
        await using var host = await RunningHost.StartAsync([$"--Plugins:Folder={folder}", .. Step(0, "LogComplaint", "PreValidation", "FlagDampAndMould")]);
        await host.Intake.LogComplaintAsync(IntakeMethods.ValidRequest()).ResponseAsync;

        File.Delete(Path.Combine(folder, $"{Sample}.dll"));
        var failed = await Assert.ThrowsAsync<RpcException>(() => host.Intake.LogComplaintAsync(IntakeMethods.ValidRequest()).ResponseAsync);

        Assert.Equal(StatusCode.Internal, failed.StatusCode);
    }

    [Theory]
    [InlineData("SlowStep")]
    [InlineData("StubbornStep")]
    public async Task AStepOverItsTimeLimit_IsStopped_AndTheMessageRefusedWithNothingKept(string type)
    {
        var folder = FolderWithSample();
        File.Copy(BuiltPlugins.MisbehavingAssembly(), Path.Combine(folder, $"{BuiltPlugins.Misbehaving}.dll"));
        string[] slow =
        [
            $"--Plugins:Folder={folder}", "--Plugins:StepTimeLimit=00:00:00.5", "--Plugins:Steps:0:Message=LogComplaint",
            "--Plugins:Steps:0:Stage=PreOperation", "--Plugins:Steps:0:Assembly=Complaints.TestPlugins", $"--Plugins:Steps:0:Type=Complaints.TestPlugins.{type}",
        ];
        await using var host = await RunningHost.StartAsync(slow);

        var refused = await Assert.ThrowsAsync<RpcException>(() => host.Intake.LogComplaintAsync(IntakeMethods.ValidRequest()).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        Assert.Contains($"{type} did not finish within 0.5 s", refused.Status.Detail);
        // Nothing of it was kept: not even the reference number it had taken inside the transaction.
        var listed = await host.Intake.ListComplaintsAsync(new ListComplaintsRequest()).ResponseAsync;
        Assert.Empty(listed.Complaints);
    }

    private static async Task<string> RespondedAsync(TestDatabase database, string folder, string[] registered)
    {
        // Made with the step switched off: it guards closing only.
        await using var host = await RunningHost.StartOnAsync(database, [$"--Plugins:Folder={folder}", .. registered, "--Plugins:Steps:0:Enabled=false"]);
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

    private static CloseComplaintRequest Close(string complaintId, string note) =>
        new() { ComplaintId = complaintId, Reason = CloseReason.Resolved, Note = note };

    private static string[] Step(int index, string message, string stage, string type) =>
    [
        $"--Plugins:Steps:{index}:Message={message}", $"--Plugins:Steps:{index}:Stage={stage}",
        $"--Plugins:Steps:{index}:Assembly={Sample}", $"--Plugins:Steps:{index}:Type=Complaints.Samples.DampAndMould.{type}",
    ];

    private static string FolderWithSample()
    {
        var folder = Directory.CreateTempSubdirectory("plugins-").FullName;
        File.Copy(BuiltPlugins.SamplesAssembly(), Path.Combine(folder, $"{Sample}.dll"));
        return folder;
    }
}
