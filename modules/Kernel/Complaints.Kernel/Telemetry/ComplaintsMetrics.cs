using System.Diagnostics;
using System.Diagnostics.Metrics;
using Complaints.Kernel.Pipeline;

namespace Complaints.Kernel.Telemetry;

/// <summary>
/// The product's business metrics, one meter (<see cref="MeterName"/>) that every module records into where the thing
/// happens. Tags name stages, messages, steps, channels and consumers only: never a person, a reference or free text,
/// because whatever scrapes or receives these is not cleared to hold residents' data.
/// </summary>
public sealed class ComplaintsMetrics
{
    public const string MeterName = "Complaints";

    private readonly TimeProvider _clock;
    private readonly Counter<long> _logged;
    private readonly Histogram<double> _stepDuration;
    private readonly Counter<long> _outboxFailures;
    private OutboxBacklog? _backlog;
    private readonly Counter<long> _statements;
    private IReadOnlyDictionary<string, long> _overdueByStage = new Dictionary<string, long>();

    public ComplaintsMetrics(IMeterFactory meters, TimeProvider clock)
    {
        _clock = clock;
        var meter = meters.Create(MeterName);
        _logged = meter.CreateCounter<long>("complaints.logged", "{complaint}",
            "Complaints logged (committed; an idempotent replay is not counted again), by channel.");
        _stepDuration = meter.CreateHistogram<double>("complaints.plugin.step.duration", "s",
            "How long each pipeline step (plug-in or handler) took, by message, stage, mode and step.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5] });
        _outboxFailures = meter.CreateCounter<long>("complaints.outbox.failures", "{failure}",
            "Outbox deliveries that failed, by consumer; gave_up=true when attempts ran out and the row was marked failed.");
        _statements = meter.CreateCounter<long>("complaints.db.statements", "{statement}",
            "Commands sent to the database: round trips (EF Core's batch of inserts is one). Divided by calls, what a call costs the database.");
        meter.CreateObservableGauge("complaints.outbox.lag", ObserveOutboxLag, "s",
            "Age of the oldest undelivered outbox row (0 when none waits), as of the dispatcher's last look.");
        meter.CreateObservableGauge("complaints.overdue", ObserveOverdue, "{complaint}",
            "Open complaints with at least one overdue clock, by stage, as of the last periodic count.");
    }

    public void StatementSent() => _statements.Add(1);

    public void ComplaintLogged(string channel) =>
        _logged.Add(1, new KeyValuePair<string, object?>("complaints.channel", channel));

    public void StepRan(string message, PipelineStage stage, ExecutionMode mode, string step, TimeSpan elapsed, bool failed)
    {
        if (!_stepDuration.Enabled)
            return; // nothing listens: spare the tags
        var tags = new TagList
        {
            { "complaints.message", message },
            { "complaints.stage", StageName(stage) },
            { "complaints.mode", mode == ExecutionMode.Synchronous ? "sync" : "async" },
            { "complaints.step", step },
        };
        if (failed)
            tags.Add("error.type", "failed");
        _stepDuration.Record(elapsed.TotalSeconds, tags);
    }

    public void OutboxDeliveryFailed(string consumer, bool gaveUp) =>
        _outboxFailures.Add(1, new KeyValuePair<string, object?>("complaints.consumer", consumer),
            new KeyValuePair<string, object?>("complaints.outbox.gave_up", gaveUp));

    /// <summary>
    /// What the dispatcher last saw: when the oldest undelivered row was written (null: none waits). The lag is worked
    /// out when observed, so a dispatcher that stops looking shows a lag that keeps growing rather than a frozen one.
    /// </summary>
    public void OutboxLooked(DateTimeOffset? oldestUndeliveredAt) =>
        _backlog = new OutboxBacklog(oldestUndeliveredAt);

    /// <summary>The latest count of open complaints with an overdue clock, by stage name (replaces the previous).</summary>
    public void OverdueCounted(IReadOnlyDictionary<string, long> byStage) => _overdueByStage = byStage;

    // Constant strings: an enum's ToString would allocate on every step.
    private static string StageName(PipelineStage stage) => stage switch
    {
        PipelineStage.PreValidation => "PreValidation",
        PipelineStage.PreOperation => "PreOperation",
        PipelineStage.MainOperation => "MainOperation",
        PipelineStage.PostOperation => "PostOperation",
        _ => "Unknown",
    };

    private IEnumerable<Measurement<double>> ObserveOutboxLag()
    {
        if (_backlog is not { } backlog)
            yield break; // never looked (dispatcher off): no number is better than a made-up zero
        var lag = backlog.OldestUndeliveredAt is { } oldest ? Math.Max(0, (_clock.GetUtcNow() - oldest).TotalSeconds) : 0;
        yield return new Measurement<double>(lag);
    }

    private IEnumerable<Measurement<long>> ObserveOverdue() =>
        _overdueByStage.Select(pair => new Measurement<long>(pair.Value, new KeyValuePair<string, object?>("complaints.stage", pair.Key)));

    private sealed record OutboxBacklog(DateTimeOffset? OldestUndeliveredAt);
}
