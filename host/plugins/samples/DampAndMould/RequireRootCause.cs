using Complaints.Plugins;

namespace Complaints.Samples.DampAndMould;

/// <summary>
/// A landlord's rule the product does not have: no complaint is closed without its root cause. Registered on
/// CloseComplaint at PreValidation (synchronous), it refuses a closing note that does not say "Root cause:", with a
/// message the officer sees. The prefix is the step's unsecure configuration when one is given.
/// </summary>
public sealed class RequireRootCause : IPlugin
{
    public Task ExecuteAsync(IPluginExecutionContext context, CancellationToken cancellationToken)
    {
        var prefix = string.IsNullOrWhiteSpace(context.UnsecureConfiguration) ? "Root cause:" : context.UnsecureConfiguration.Trim();
        var note = context.Target.GetAttributeValue<string>("note") ?? "";
        if (!note.Contains(prefix, StringComparison.OrdinalIgnoreCase))
            throw new InvalidPluginExecutionException($"Record the root cause before closing: the closing note must say \"{prefix} …\".");
        return Task.CompletedTask;
    }
}
