using System.CommandLine;
using Complaints.EventsApi.V1;

namespace Complaints.Cli.Commands;

/// <summary><c>complaints events tail|types</c>: the event stream (EventService), as a subscribing system sees it.</summary>
internal static class EventsCommand
{
    public static Command Create(CliContext cli)
    {
        var types = new Command("types", "List every event type a subscriber may filter on");
        cli.SetAction(types, async run =>
        {
            var response = await run.Api.Events.ListEventTypesAsync(new ListEventTypesRequest(), cancellationToken: run.Cancellation);
            foreach (var type in response.EventTypes)
                cli.Out.Profile.Out.Writer.WriteLine(type);
            return 0;
        });
        return new Command("events", "The event stream") { TailEventsCommand.Create(cli), types };
    }
}
