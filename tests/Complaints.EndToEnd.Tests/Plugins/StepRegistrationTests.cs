using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.PluginsApi.V1;
using Google.Rpc;
using Grpc.Core;
using static Complaints.EndToEnd.Tests.Plugins.PluginFolderFixture;

namespace Complaints.EndToEnd.Tests.Plugins;

/// <summary>
/// The step table as an administrator manages it: a step that could never run is refused with every reason, a stale
/// update is refused, secure configuration is never shown back, and only administrators may change the table.
/// </summary>
public sealed class StepRegistrationTests
{
    [Fact]
    public async Task AStepThatCouldNeverRun_IsRefusedWithEveryReason()
    {
        var folder = EmptyFolder();
        DropSample(folder);
        await using var host = await RunningHost.StartAsync($"--Plugins:Folder={folder}");
        var impossible = Sample("NoSuchStep", "ShoutAtResident", Stage.PreValidation, Mode.Asynchronous);
        impossible.FilteringAttributes.Add("volume");
        impossible.PreImage = new Image();

        var refused = await Assert.ThrowsAsync<RpcException>(() => host.Plugins.RegisterStepAsync(new RegisterStepRequest { Step = impossible }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        var fields = refused.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field).ToList();
        Assert.Equal(["message", "mode", "pre_image", "type"], fields.Order());
        Assert.Empty((await host.Plugins.ListStepsAsync(new ListStepsRequest()).ResponseAsync).Steps);
    }

    [Fact]
    public async Task AFilteringAttributeMustBeOneOfTheMessages()
    {
        var folder = EmptyFolder();
        DropSample(folder);
        await using var host = await RunningHost.StartAsync($"--Plugins:Folder={folder}");
        var step = Sample("FlagDampAndMould", "LogComplaint", Stage.PreValidation);
        step.FilteringAttributes.Add("colour");

        var refused = await Assert.ThrowsAsync<RpcException>(() => host.Plugins.RegisterStepAsync(new RegisterStepRequest { Step = step }).ResponseAsync);

        var violation = Assert.Single(refused.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations);
        Assert.Equal(("filtering_attributes", "colour is not an attribute of LogComplaint"), (violation.Field, violation.Description));
    }

    [Fact]
    public async Task AnUpdateAgainstAStaleVersion_IsAborted_AndAnUnknownStepIsNotFound()
    {
        var folder = EmptyFolder();
        DropSample(folder);
        await using var host = await RunningHost.StartAsync($"--Plugins:Folder={folder}");
        var step = await host.RegisterAsync(Sample("RequireRootCause", "CloseComplaint", Stage.PreValidation));
        await host.Plugins.DisableStepAsync(new DisableStepRequest { StepId = step.StepId });

        var stale = await Assert.ThrowsAsync<RpcException>(() =>
            host.Plugins.UpdateStepAsync(new UpdateStepRequest { StepId = step.StepId, Step = step.Definition, ExpectedVersion = step.Version }).ResponseAsync);
        var unknown = await Assert.ThrowsAsync<RpcException>(() =>
            host.Plugins.EnableStepAsync(new EnableStepRequest { StepId = Guid.NewGuid().ToString() }).ResponseAsync);

        Assert.Equal(StatusCode.Aborted, stale.StatusCode);
        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task SecureConfiguration_ReachesTheStep_ButIsNeverShownBack_AndSurvivesAnUpdateThatLeavesItOut()
    {
        var folder = EmptyFolder();
        DropTestPlugins(folder);
        await using var host = await RunningHost.StartAsync($"--Plugins:Folder={folder}");
        var definition = Test("ImageEcho", "LogComplaint", Stage.PreValidation);
        definition.SecureConfiguration = "s3cret-api-key";

        var step = await host.RegisterAsync(definition);
        var listed = (await host.Plugins.ListStepsAsync(new ListStepsRequest()).ResponseAsync).Steps.Single();
        var updated = (await host.Plugins.UpdateStepAsync(new UpdateStepRequest { StepId = step.StepId, Step = Test("ImageEcho", "LogComplaint", Stage.PreValidation) }).ResponseAsync).Step;
        await host.Intake.LogComplaintAsync(IntakeMethods.ValidRequest()).ResponseAsync;

        Assert.All(new[] { step, listed, updated }, s => Assert.True(s.HasSecureConfiguration));
        Assert.All(new[] { step, listed, updated }, s => Assert.False(s.Definition.HasSecureConfiguration));
        Assert.DoesNotContain("s3cret", listed.ToString());
        Assert.Contains("secure s3cret-api-key", Assert.Single(await host.TracesAsync(step)).Lines);
    }

    [Fact]
    public async Task OnlyTheAdministratorMayChangeTheStepTable_AndTheAuditorMayReadIt()
    {
        await using var host = await RunningHost.StartAsync();
        var register = new RegisterStepRequest { Step = Sample("FlagDampAndMould", "LogComplaint", Stage.PreValidation) };

        var handler = await Assert.ThrowsAsync<RpcException>(() => host.Plugins.RegisterStepAsync(register, Caller.Exactly("handler-1", "complaint-handler")).ResponseAsync);
        var auditorChanges = await Assert.ThrowsAsync<RpcException>(() => host.Plugins.RegisterStepAsync(register, Caller.Exactly("auditor-1", "auditor")).ResponseAsync);
        var auditorReads = await host.Plugins.ListStepsAsync(new ListStepsRequest(), Caller.Exactly("auditor-1", "auditor")).ResponseAsync;
        var administrator = await Assert.ThrowsAsync<RpcException>(() => host.Plugins.RegisterStepAsync(register, Caller.Exactly("admin-1", "administrator")).ResponseAsync);

        Assert.Equal(StatusCode.PermissionDenied, handler.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, auditorChanges.StatusCode);
        Assert.Empty(auditorReads.Steps);
        // The administrator is let through to the checks: no plug-in folder is configured, so no assembly is in it.
        Assert.Equal(StatusCode.InvalidArgument, administrator.StatusCode);
    }

    [Fact]
    public async Task ListMessages_IsTheCatalogue_OfEveryMessageAStepCanBeRegisteredOn()
    {
        await using var host = await RunningHost.StartAsync();

        var messages = (await host.Plugins.ListMessagesAsync(new ListMessagesRequest()).ResponseAsync).Messages;

        Assert.Equal(Complaints.Plugins.MessageCatalogue.Messages.Select(m => m.Name), messages.Select(m => m.Name));
        var log = messages.Single(m => m.Name == "LogComplaint");
        Assert.Contains(log.Attributes, a => a is { Name: "description", Type: "string", Settable: true });
        Assert.Contains(log.Attributes, a => a is { Name: "idempotency_key", Settable: false });
    }
}
