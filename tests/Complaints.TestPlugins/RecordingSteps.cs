using Complaints.Plugins;

namespace Complaints.TestPlugins;

/// <summary>Does nothing: the cost of a registered step is the pipeline's alone.</summary>
public sealed class NoOpStep : IPlugin
{
    public Task ExecuteAsync(IPluginExecutionContext context, CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>Writes what it was given to the trace log: the stage, mode and depth, and every attribute of each image.</summary>
public sealed class ImageEcho : IPlugin
{
    public Task ExecuteAsync(IPluginExecutionContext context, CancellationToken cancellationToken)
    {
        context.Trace.Trace("{0} {1} {2} depth {3}", context.MessageName, context.Stage, context.Mode, context.Depth);
        Echo(context, "pre", context.PreImage);
        Echo(context, "post", context.PostImage);
        Echo(context, "output", context.Output);
        context.Trace.Trace("secure {0}", context.SecureConfiguration ?? "(none)");
        return Task.CompletedTask;
    }

    private static void Echo(IPluginExecutionContext context, string name, Entity? image)
    {
        if (image is null)
        {
            context.Trace.Trace("{0}: none", name);
            return;
        }
        foreach (var (attribute, value) in image.Attributes.OrderBy(a => a.Key, StringComparer.Ordinal))
            context.Trace.Trace("{0}.{1}={2}", name, attribute, value is Array list ? string.Join('|', list.Cast<object?>()) : value);
    }
}

/// <summary>Fails while its unsecure configuration says "fail"; otherwise traces that it ran.</summary>
public sealed class FlakyStep : IPlugin
{
    public Task ExecuteAsync(IPluginExecutionContext context, CancellationToken cancellationToken)
    {
        if (context.UnsecureConfiguration == "fail")
            throw new InvalidOperationException("The landlord's service this step calls is down.");
        context.Trace.Trace("ran for {0}", context.Target.GetAttributeValue<Guid>("complaint_id") is var id && id != Guid.Empty ? id : context.Output?["id"]);
        return Task.CompletedTask;
    }
}

/// <summary>Reads the record its message is about through the SDK's record reader, and traces what it found.</summary>
public sealed class RecordLookup : IPlugin
{
    public async Task ExecuteAsync(IPluginExecutionContext context, CancellationToken cancellationToken)
    {
        var id = context.Target.GetAttributeValue<Guid>("complaint_id") is var target && target != Guid.Empty ? target : context.Output?["id"];
        var complaint = await context.Records.RetrieveAsync("complaint", id!, cancellationToken);
        context.Trace.Trace("complaint {0} at {1}", complaint?["reference"], complaint?["stage"]);
        var missing = await context.Records.RetrieveAsync("complaint", Guid.NewGuid(), cancellationToken);
        context.Trace.Trace("unknown complaint: {0}", missing is null ? "none" : "found");
        try
        {
            await context.Records.RetrieveAsync("tenancy", "T-1", cancellationToken);
        }
        catch (InvalidPluginExecutionException refusal)
        {
            context.Trace.Trace(refusal.Message);
        }
    }
}

/// <summary>Adds an action to the complaint its message just logged, then refuses the message: neither may be kept.</summary>
public sealed class ActThenRefuse : IPlugin
{
    public async Task ExecuteAsync(IPluginExecutionContext context, CancellationToken cancellationToken)
    {
        var action = await context.Messages.ExecuteAsync("AddAction", new Entity("add_action")
        {
            ["complaint_id"] = context.Output!["id"], ["description"] = "Call the resident back", ["due_on"] = new DateOnly(2030, 1, 1),
        }, cancellationToken);
        context.Trace.Trace("action {0} added at depth {1}", action["id"], context.Depth);
        throw new InvalidPluginExecutionException("Refused after acting: nothing of this message may be kept.");
    }
}
