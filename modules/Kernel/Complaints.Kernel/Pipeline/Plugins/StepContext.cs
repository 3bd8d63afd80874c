using System.Globalization;
using System.Text;
using Complaints.Kernel.Pipeline.Plugins.Registration;
using Complaints.Plugins;

namespace Complaints.Kernel.Pipeline.Plugins;

/// <summary>The SDK's view of one execution of a registered step, and the trace lines it writes.</summary>
internal sealed class StepContext(
    StepRegistration step, string messageName, Entity target, Entity? output, Entity? preImage, Entity? postImage,
    string initiatingUserId, string correlationId, int depth, DateTimeOffset startedAt, IDictionary<string, object?> sharedVariables,
    StepServices services)
    : IPluginExecutionContext, ITracingService
{
    /// <summary>A step that traces without end must not fill the table: past this, lines are dropped and it is said so.</summary>
    private const int MostTraceCharacters = 10_000;

    private readonly StringBuilder _lines = new();

    public StepRegistration Step => step;
    public string MessageName => messageName;
    public PluginStage Stage => step.Stage;
    public PluginMode Mode => step.Mode;
    public Entity Target => target;
    public Entity? PreImage => preImage;
    public Entity? PostImage => postImage;
    public Entity? Output => output;
    public string InitiatingUserId => initiatingUserId;
    public string CorrelationId => correlationId;
    public int Depth => depth;
    public DateTimeOffset StartedAt => startedAt;
    public IDictionary<string, object?> SharedVariables => sharedVariables;
    public string? UnsecureConfiguration => step.UnsecureConfiguration;
    public string? SecureConfiguration => step.SecureConfiguration;
    public ITracingService Trace => this;
    public IMessageService Messages => services;
    public IRecordReader Records => services;

    public string Lines
    {
        get
        {
            lock (_lines)
                return _lines.ToString();
        }
    }

    void ITracingService.Trace(string format, params object?[] args)
    {
        var line = args.Length == 0 ? format : string.Format(CultureInfo.InvariantCulture, format, args);
        lock (_lines) // a step may trace from tasks of its own
        {
            if (_lines.Length >= MostTraceCharacters)
                return;
            _lines.AppendLine(line.Length + _lines.Length > MostTraceCharacters ? line[..(MostTraceCharacters - _lines.Length)] + " … (trace truncated)" : line);
        }
    }
}
