using System.Globalization;
using Complaints.Plugins;

namespace Complaints.Samples.DampAndMould;

/// <summary>
/// Notices a complaint that mentions damp or mould: a possible hazard under Awaab's Law, whose clocks must not wait
/// for the complaint's. Says why in the trace log (naming the words it found, never the resident), and leaves
/// <c>possible_hazard</c> for later steps of the same message.
/// <list type="bullet">
/// <item>Registered on LogComplaint at PostOperation, <b>asynchronous</b> (as the landlord's guide registers it): once
/// the complaint is logged, it flags it as a possible hazard by adding a tracked action to inspect the home, due within
/// the number of days the step's unsecure configuration gives (e.g. <c>10</c>). Without that number it schedules
/// nothing and says so: the period is the landlord's to set.</item>
/// <item>Registered at PreValidation or PreOperation (synchronous), it marks the complaint a health and safety matter
/// before it is written.</item>
/// </list>
/// </summary>
public sealed class FlagDampAndMould : IPlugin
{
    private static readonly string[] Words = ["damp", "mould", "mold", "condensation", "black spots"];

    public async Task ExecuteAsync(IPluginExecutionContext context, CancellationToken cancellationToken)
    {
        var description = context.Target.GetAttributeValue<string>("description") ?? "";
        var found = Words.Where(w => description.Contains(w, StringComparison.OrdinalIgnoreCase)).ToList();
        context.SharedVariables["possible_hazard"] = found.Count > 0;
        if (found.Count == 0)
        {
            context.Trace.Trace("No damp or mould mentioned");
            return;
        }
        context.Trace.Trace("Possible damp and mould hazard: the description mentions {0}", string.Join(", ", found));
        if (context.Stage != PluginStage.PostOperation)
        {
            if (context.Target.Contains("health_and_safety"))
                context.Target["health_and_safety"] = true;
            return;
        }
        await ScheduleInspectionAsync(context, cancellationToken);
    }

    private static async Task ScheduleInspectionAsync(IPluginExecutionContext context, CancellationToken cancellationToken)
    {
        if (!int.TryParse(context.UnsecureConfiguration, NumberStyles.None, CultureInfo.InvariantCulture, out var days))
        {
            context.Trace.Trace("No inspection scheduled: the step's configuration does not give the days to inspect within");
            return;
        }
        if (context.Output?.GetAttributeValue<Guid>("id") is not { } complaintId || complaintId == Guid.Empty)
            return;
        var dueOn = DateOnly.FromDateTime(context.StartedAt.UtcDateTime).AddDays(days);
        var action = await context.Messages.ExecuteAsync("AddAction", new Entity("add_action")
        {
            ["complaint_id"] = complaintId,
            ["description"] = "Possible damp and mould hazard (Awaab's Law): inspect the home and record what was found.",
            ["due_on"] = dueOn,
        }, cancellationToken);
        context.Trace.Trace("Inspection action {0} added, due {1:yyyy-MM-dd}", action["id"], dueOn);
    }
}
