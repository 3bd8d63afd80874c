using Complaints.Kernel.Events;
using Complaints.Kernel.Outbox;
using Complaints.Lifecycle;
using Complaints.Reporting.Persistence;
using Complaints.Reporting.ReadModels;
using Complaints.Testing.Collaborators;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Complaints.Reporting.Tests;

/// <summary>
/// Reporting on a real database with its projector running, and the events of the modules it reads registered, so a
/// test publishes the contracts' events as those modules would — in a transaction, into the event log — and waits for
/// the read models to catch up. Lifecycle stands by for the measures' reader, which asks it for clocks.
/// </summary>
internal static class ReportingHost
{
    public static Task<ModuleTestHost> StartAsync(string provider) =>
        ModuleTestHost.StartAsync(provider, "code2024", builder =>
        {
            builder.AddLifecycleModule().AddComplaintsOnRecord().AddReportingModule();
            builder.Services.AddScoped<Intake.Contracts.IFeedbackCounts, NoFeedbackRecorded>();
            builder.Services.AddScoped<Investigation.Contracts.IComplaintHandlers, NoOfficersAssigned>();
            builder.Services.AddPublishedEvents(typeof(Compensation.Contracts.AwardPaidEvent).Assembly);
            builder.Services.AddPublishedEvents(typeof(OmbudsmanLiaison.Contracts.OrderMadeEvent).Assembly);
            builder.Services.AddPublishedEvents(typeof(VexatiousBehaviour.Contracts.RestrictionDecidedEvent).Assembly);
        }, settings: null, now: new DateTimeOffset(2027, 6, 1, 11, 0, 0, TimeSpan.Zero));

    /// <summary>Publishes the events in one transaction, in order, as a module's handler does.</summary>
    public static Task PublishAsync(this ModuleTestHost host, params object[] events) =>
        host.InTransactionAsync(services =>
        {
            var publisher = services.GetRequiredService<IEventPublisher>();
            foreach (var published in events)
                typeof(IEventPublisher).GetMethod(nameof(IEventPublisher.Publish))!.MakeGenericMethod(published.GetType()).Invoke(publisher, [published]);
            return Task.FromResult(0);
        });

    /// <summary>Waits until the projector has applied the whole event log (at most ten seconds).</summary>
    public static async Task CaughtUpAsync(this ModuleTestHost host)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var (last, applied) = await host.QueryAsync(async services => (
                await services.GetRequiredService<EventLogReader>().LastIdAsync(CancellationToken.None),
                await services.GetRequiredService<ReportingDbContext>().Cursors.AsNoTracking()
                    .Where(c => c.Name == ReadModelCursor.ReadModels).Select(c => (long?)c.EventId).SingleOrDefaultAsync()));
            if (applied == last)
                return;
            await Task.Delay(50);
        }
        throw new TimeoutException("The reporting projector did not catch up with the event log.");
    }
}
