using Complaints.Kernel.Errors;
using Complaints.Kernel.Pipeline.Plugins.Registration;
using Complaints.Kernel.Pipeline.Plugins.Tracing;
using Complaints.Plugins;
using Complaints.PluginsApi.V1;
using Google.Protobuf.WellKnownTypes;

namespace Complaints.Host.Plugins;

/// <summary>Steps and traces between the wire and the Kernel.</summary>
internal static class StepWire
{
    public static Guid Id(string stepId) =>
        Guid.TryParse(stepId, out var id) ? id : throw new ValidationException(new FieldViolation("step_id", "must be a step id as RegisterStep or ListSteps gave it"));

    public static Kernel.Pipeline.Plugins.Registration.StepDefinition Definition(PluginsApi.V1.StepDefinition? step) => step is null
        ? throw new ValidationException(new FieldViolation("step", "must say which step to register: message, stage, assembly and type"))
        : new(step.Name, step.Message, Stage(step.Stage), step.Mode == Mode.Asynchronous ? PluginMode.Asynchronous : PluginMode.Synchronous,
        step.Order, step.Assembly, step.Type, [.. step.FilteringAttributes],
        step.PreImage is null ? null : [.. step.PreImage.Attributes], step.PostImage is null ? null : [.. step.PostImage.Attributes],
        step.UnsecureConfiguration.Length == 0 ? null : step.UnsecureConfiguration, step.HasSecureConfiguration ? step.SecureConfiguration : null);

    public static Step Info(StepRegistration step)
    {
        var definition = new PluginsApi.V1.StepDefinition
        {
            Name = step.Name, Message = step.Message, Stage = (Stage)(int)step.Stage, Mode = Wire(step.Mode), Order = step.Order,
            Assembly = step.Assembly, Type = step.Type, FilteringAttributes = { step.FilteringAttributeList },
            UnsecureConfiguration = step.UnsecureConfiguration ?? "",
        };
        if (step.PreImageAttributeList is { } pre)
            definition.PreImage = new Image { Attributes = { pre } };
        if (step.PostImageAttributeList is { } post)
            definition.PostImage = new Image { Attributes = { post } };
        return new Step
        {
            StepId = step.Id.ToString(), Definition = definition, Enabled = step.Enabled, HasSecureConfiguration = step.SecureConfiguration is not null,
            RegisteredAt = Timestamp.FromDateTimeOffset(step.RegisteredAt), RegisteredBy = step.RegisteredBy,
            UpdatedAt = Timestamp.FromDateTimeOffset(step.UpdatedAt), UpdatedBy = step.UpdatedBy, Version = step.Version,
        };
    }

    public static TraceLog Trace(PluginTrace trace) => new()
    {
        TraceId = trace.Id.ToString(), StepId = trace.StepId.ToString(), StepName = trace.StepName, Message = trace.Message,
        Stage = (Stage)(int)trace.Stage, Mode = Wire(trace.Mode), CorrelationId = trace.CorrelationId, Depth = trace.Depth,
        StartedAt = Timestamp.FromDateTimeOffset(trace.StartedAt), DurationMicroseconds = trace.DurationMicroseconds,
        Outcome = trace.Outcome switch
        {
            PluginTraceOutcome.Succeeded => TraceOutcome.Succeeded,
            PluginTraceOutcome.Refused => TraceOutcome.Refused,
            PluginTraceOutcome.TimedOut => TraceOutcome.TimedOut,
            _ => TraceOutcome.Failed,
        },
        Error = trace.Error ?? "", Lines = trace.Lines,
    };

    public static PluginTraceOutcome Outcome(TraceOutcome outcome) => outcome switch
    {
        TraceOutcome.Succeeded => PluginTraceOutcome.Succeeded,
        TraceOutcome.Refused => PluginTraceOutcome.Refused,
        TraceOutcome.TimedOut => PluginTraceOutcome.TimedOut,
        _ => PluginTraceOutcome.Failed,
    };

    /// <summary>Unspecified is left for the store to refuse with the stages it takes.</summary>
    private static PluginStage Stage(Stage stage) => (PluginStage)(int)stage;

    private static Mode Wire(PluginMode mode) => mode == PluginMode.Asynchronous ? Mode.Asynchronous : Mode.Synchronous;
}
