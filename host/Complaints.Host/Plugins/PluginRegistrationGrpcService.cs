using Complaints.Kernel.Outbox;
using Complaints.Kernel.Pipeline;
using Complaints.Kernel.Pipeline.Plugins.DropIn;
using Complaints.Kernel.Pipeline.Plugins.Registration;
using Complaints.Kernel.Pipeline.Plugins.Tracing;
using Complaints.Plugins;
using Complaints.PluginsApi.V1;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Complaints.Host.Plugins;

/// <summary><c>complaints.plugins.v1.PluginRegistrationService</c>: the step table of landlords' plug-ins, and their trace log.</summary>
internal sealed class PluginRegistrationGrpcService(
    StepRegistrationStore steps, PluginFolder folder, PluginTraceLog traces, FailedExecutions failed, CallerContext caller)
    : PluginRegistrationService.PluginRegistrationServiceBase
{
    public override Task<ListMessagesResponse> ListMessages(ListMessagesRequest request, ServerCallContext context) =>
        Task.FromResult(new ListMessagesResponse
        {
            Messages =
            {
                MessageCatalogue.Messages.Select(m => new MessageInfo
                {
                    Name = m.Name,
                    Attributes = { m.Attributes.Select(a => new AttributeInfo { Name = a.Name, Type = a.Type, Optional = a.Optional, Settable = a.Settable }) },
                }),
            },
        });

    public override Task<ListPluginTypesResponse> ListPluginTypes(ListPluginTypesRequest request, ServerCallContext context) =>
        Task.FromResult(new ListPluginTypesResponse
        {
            Assemblies = { folder.Available().OrderBy(a => a.Key).Select(a => new PluginAssemblyInfo { Assembly = a.Key, PluginTypes = { a.Value.Order() } }) },
        });

    public override async Task<RegisterStepResponse> RegisterStep(RegisterStepRequest request, ServerCallContext context) =>
        new() { Step = StepWire.Info(await steps.RegisterAsync(StepWire.Definition(request.Step), caller.Actor.Id, context.CancellationToken)) };

    public override async Task<UpdateStepResponse> UpdateStep(UpdateStepRequest request, ServerCallContext context) =>
        new()
        {
            Step = StepWire.Info(await steps.UpdateAsync(StepWire.Id(request.StepId), request.HasExpectedVersion ? request.ExpectedVersion : null,
                StepWire.Definition(request.Step), caller.Actor.Id, context.CancellationToken)),
        };

    public override async Task<EnableStepResponse> EnableStep(EnableStepRequest request, ServerCallContext context) =>
        new() { Step = StepWire.Info(await steps.SetEnabledAsync(StepWire.Id(request.StepId), true, caller.Actor.Id, context.CancellationToken)) };

    public override async Task<DisableStepResponse> DisableStep(DisableStepRequest request, ServerCallContext context) =>
        new() { Step = StepWire.Info(await steps.SetEnabledAsync(StepWire.Id(request.StepId), false, caller.Actor.Id, context.CancellationToken)) };

    public override async Task<UnregisterStepResponse> UnregisterStep(UnregisterStepRequest request, ServerCallContext context) =>
        new() { Step = StepWire.Info(await steps.UnregisterAsync(StepWire.Id(request.StepId), context.CancellationToken)) };

    public override async Task<ListStepsResponse> ListSteps(ListStepsRequest request, ServerCallContext context) =>
        new() { Steps = { (await steps.ListAsync(request.Message.Length == 0 ? null : request.Message, context.CancellationToken)).Select(StepWire.Info) } };

    public override async Task<ListTraceLogsResponse> ListTraceLogs(ListTraceLogsRequest request, ServerCallContext context)
    {
        var query = new PluginTraceQuery(
            request.StepId.Length == 0 ? null : StepWire.Id(request.StepId),
            request.Message.Length == 0 ? null : request.Message,
            request.CorrelationId.Length == 0 ? null : request.CorrelationId,
            request.Outcome == TraceOutcome.Unspecified ? null : StepWire.Outcome(request.Outcome),
            request.PageSize == 0 ? 100 : request.PageSize);
        return new() { Traces = { (await traces.ListAsync(query, context.CancellationToken)).Select(StepWire.Trace) } };
    }

    public override async Task<ListFailedAsyncStepsResponse> ListFailedAsyncSteps(ListFailedAsyncStepsRequest request, ServerCallContext context) =>
        new()
        {
            Executions =
            {
                (await failed.ListAsync(context.CancellationToken)).Select(f => new PluginsApi.V1.FailedExecution
                {
                    ExecutionId = f.Id, StepId = f.StepId, Message = f.Message, CorrelationId = f.CorrelationId,
                    QueuedAt = Timestamp.FromDateTimeOffset(f.QueuedAt), FailedAt = Timestamp.FromDateTimeOffset(f.FailedAt),
                    Attempts = f.Attempts, LastError = f.LastError,
                }),
            },
        };

    public override async Task<RetryAsyncStepResponse> RetryAsyncStep(RetryAsyncStepRequest request, ServerCallContext context)
    {
        await failed.RetryAsync(request.ExecutionId, context.CancellationToken);
        return new RetryAsyncStepResponse();
    }
}
