using System.CommandLine;
using Complaints.EventsApi.V1;
using Grpc.Core;

namespace Complaints.Cli.Commands;

/// <summary>
/// <c>complaints events tail</c>: streams EventService.Subscribe, one line per event, and waits for new ones until Ctrl+C
/// (or <c>--limit</c> events, for scripts and tests). Heartbeats are not printed: they only move the server's cursor.
/// </summary>
internal static class TailEventsCommand
{
    /// <summary>Named in the server's logs as the subscriber.</summary>
    private const string Subscriber = "complaints-cli";

    public static Command Create(CliContext cli)
    {
        var after = new Option<long>("--after") { Description = "Start after this event id (0: from the first event)", DefaultValueFactory = _ => 0 };
        after.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<long>() < 0)
                result.AddError("--after must be 0 or more.");
        });
        var types = new Option<string[]>("--type")
        {
            Description = "Only events of this type, e.g. complaints.intake.v1.ComplaintLogged (repeat for more; `events types` lists them)",
            Arity = ArgumentArity.ZeroOrMore, AllowMultipleArgumentsPerToken = false, DefaultValueFactory = _ => [],
        };
        var limit = new Option<int?>("--limit") { Description = "Stop after this many events; without it, wait for new ones until Ctrl+C" };
        limit.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() < 1)
                result.AddError("--limit must be 1 or more.");
        });
        var command = new Command("tail", "Stream events, one line each: id, recorded at (UTC), type, payload") { after, types, limit };
        cli.SetAction(command, async run =>
        {
            var request = new SubscribeRequest { AfterEventId = run.Value(after), Subscriber = Subscriber };
            request.EventTypes.AddRange(run.Value(types));
            var most = run.Parsed.GetValue(limit);
            var written = 0;
            using var call = run.Api.Events.Subscribe(request, cancellationToken: run.Cancellation);
            try
            {
                await foreach (var response in call.ResponseStream.ReadAllAsync(run.Cancellation))
                {
                    if (response.KindCase != SubscribeResponse.KindOneofCase.Event)
                        continue;
                    await cli.Out.Profile.Out.Writer.WriteLineAsync(EventLine.Of(response.Event));
                    if (++written == most)
                        break;
                }
            }
            catch (Exception e) when (run.Cancellation.IsCancellationRequested && e is OperationCanceledException or RpcException { StatusCode: StatusCode.Cancelled })
            {
                // Ctrl+C is how a tail ends.
            }
            return 0;
        });
        return command;
    }
}
