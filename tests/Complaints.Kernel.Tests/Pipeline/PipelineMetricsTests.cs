using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Complaints.Kernel.Telemetry;
using Complaints.Kernel.Tests.Infrastructure;
using Complaints.Kernel.Tests.Pipeline.Ledger;
using Microsoft.Extensions.DependencyInjection;

namespace Complaints.Kernel.Tests.Pipeline;

/// <summary>
/// The Kernel's business metrics as a listener sees them, recorded where things happen: each step's duration in the
/// pipeline and in the outbox, each failed delivery, and the outbox's lag until its last row is delivered or given up.
/// </summary>
public sealed class PipelineMetricsTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Outbox_WhenADeliveryFailsUntilAttemptsRunOut_CountsEachFailureAndItsLagEndsAtZero(string provider)
    {
        await using var host = await KernelHost.StartAsync(provider, new Dictionary<string, string?> { ["Outbox:MaxAttempts"] = "2" });
        using var measured = new Measured(host.Services.GetRequiredService<IMeterFactory>());
        await host.ExecuteAsync(new AddEntryCommand("flaky and out of luck"));

        await host.DeliverDueAsync();
        var lagWhileWaiting = measured.Observe("complaints.outbox.lag");
        for (var round = 0; round < 3; round++)
            await host.DeliverDueAsync();
        var lagAfter = measured.Observe("complaints.outbox.lag");

        var failures = measured.Of("complaints.outbox.failures").Where(m => Equals(m.Tags["complaints.consumer"], nameof(NoteEntryAsyncPlugin))).ToList();
        Assert.Equal([false, true], failures.Select(m => (bool)m.Tags["complaints.outbox.gave_up"]!));
        Assert.True(lagWhileWaiting > 0, $"lag while a row waited: {lagWhileWaiting}");
        Assert.Equal(0, lagAfter);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Steps_AreEachTimedWithTheirMessageStageAndMode(string provider)
    {
        await using var host = await KernelHost.StartAsync(provider);
        using var measured = new Measured(host.Services.GetRequiredService<IMeterFactory>());

        await host.ExecuteAsync(new AddEntryCommand("flaky downstream")); // its async step fails twice, then succeeds
        for (var round = 0; round < 3; round++)
            await host.DeliverDueAsync();

        var steps = measured.Of("complaints.plugin.step.duration")
            .Select(m => $"{m.Tags["complaints.message"]} {m.Tags["complaints.stage"]} {m.Tags["complaints.mode"]} {m.Tags["complaints.step"]}{(m.Tags.ContainsKey("error.type") ? " failed" : "")}")
            .ToList();
        Assert.Contains("AddEntry PreValidation sync RejectEmptyTextPlugin", steps);
        Assert.Contains("AddEntry PreOperation sync NormaliseTextPlugin", steps);
        Assert.Contains("AddEntry MainOperation sync AddEntryHandler", steps);
        Assert.Equal(2, steps.Count(s => s == "AddEntry PostOperation async NoteEntryAsyncPlugin failed"));
        Assert.Contains("AddEntry PostOperation async NoteEntryAsyncPlugin", steps);
        Assert.All(measured.Of("complaints.plugin.step.duration"), m => Assert.InRange(m.Value, 0, 30));
    }

    /// <summary>What one host's meters record (other tests' hosts run in the same process and are left out).</summary>
    private sealed class Measured : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly ConcurrentQueue<(string Instrument, double Value, Dictionary<string, object?> Tags)> _measurements = new();

        public Measured(IMeterFactory meters)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == ComplaintsMetrics.MeterName && instrument.Meter.Scope == meters)
                    listener.EnableMeasurementEvents(instrument);
            };
            _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Add(instrument, value, tags));
            _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Add(instrument, value, tags));
            _listener.Start();
        }

        public IEnumerable<(double Value, Dictionary<string, object?> Tags)> Of(string instrument) =>
            _measurements.Where(m => m.Instrument == instrument).Select(m => (m.Value, m.Tags));

        /// <summary>Asks the observable instruments for their value now; the last one named <paramref name="instrument"/>.</summary>
        public double Observe(string instrument)
        {
            _listener.RecordObservableInstruments();
            return Of(instrument).Last().Value;
        }

        public void Dispose() => _listener.Dispose();

        private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags) =>
            _measurements.Enqueue((instrument.Name, value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value)));
    }
}
