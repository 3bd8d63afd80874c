using System.Collections.Concurrent;
using System.Globalization;
using Complaints.Intake.Contracts;
using Complaints.Lifecycle.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Complaints.Testing.Collaborators;

/// <summary>
/// Stands in for Intake behind its contract, <see cref="IComplaintDirectory"/>, in the tests of modules that read
/// complaints but cannot send Intake's commands: a complaint is put on record here, and its lifecycle is started and
/// moved through the real Lifecycle, as Intake would.
/// </summary>
public sealed class ComplaintsOnRecord : IComplaintDirectory
{
    private readonly ConcurrentDictionary<Guid, ComplaintSummary> _complaints = new();
    private int _number;

    public Task<ComplaintSummary?> FindAsync(Guid complaintId, CancellationToken cancellationToken) =>
        Task.FromResult(_complaints.GetValueOrDefault(complaintId));

    public Task<IReadOnlyList<ComplaintSummary>> ForResidentAsync(string residentReference, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ComplaintSummary>>(_complaints.Values.Where(c => c.ResidentReference == residentReference).ToList());

    public Task<ComplaintSummary?> FindByReferenceAsync(string reference, CancellationToken cancellationToken) =>
        Task.FromResult(_complaints.Values.FirstOrDefault(c => c.Reference == reference));

    public Task<IReadOnlyDictionary<Guid, string>> ReferencesAsync(IReadOnlyCollection<Guid> complaintIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<Guid, string>>(complaintIds.Where(_complaints.ContainsKey).ToDictionary(id => id, id => _complaints[id].Reference));

    internal ComplaintSummary Put(Guid id, string resident, IReadOnlyList<string> points, DateTimeOffset receivedAt) =>
        _complaints[id] = new ComplaintSummary(id,
            string.Create(CultureInfo.InvariantCulture, $"CMP-{receivedAt.Year}-{Interlocked.Increment(ref _number):D6}"), points,
            ResidentReference: resident, Description: $"About {string.Join(", ", points)}", Channel: "Phone");

    /// <summary>As Intake's acknowledgement does: the officer named to the resident, the Code's stage 1 handler.</summary>
    internal void Name(Guid id, string officer) => _complaints[id] = _complaints[id] with { NamedOfficer = officer };
}

/// <summary>Putting complaints on record, and the registration that puts the stand-in in Intake's place.</summary>
public static class ComplaintsOnRecordSteps
{
    public const string Resident = "TEN-000123";

    /// <summary>Registers <see cref="ComplaintsOnRecord"/> as the <see cref="IComplaintDirectory"/>, where the host registers Intake.</summary>
    public static IHostApplicationBuilder AddComplaintsOnRecord(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ComplaintsOnRecord>();
        builder.Services.AddSingleton<IComplaintDirectory>(services => services.GetRequiredService<ComplaintsOnRecord>());
        return builder;
    }

    /// <summary>A complaint on record only, for a module that reads the directory and never the lifecycle.</summary>
    public static ComplaintSummary OnRecord(this ModuleTestHost host, DateTimeOffset receivedAt, IReadOnlyList<string>? points = null, string resident = Resident) =>
        host.Services.GetRequiredService<ComplaintsOnRecord>().Put(Guid.CreateVersion7(), resident, points ?? ["Boiler"], receivedAt);

    /// <summary>A complaint received at <paramref name="receivedAt"/> about <paramref name="points"/>, in stage Received.</summary>
    public static async Task<ComplaintSummary> ReceivedAsync(this ModuleTestHost host, DateTimeOffset receivedAt, IReadOnlyList<string>? points = null,
        string resident = Resident, bool buildingSafety = false)
    {
        var summary = host.OnRecord(receivedAt, points, resident);
        await host.InTransactionAsync(services => services.GetRequiredService<ILifecycle>()
            .StartAsync(new StartLifecycle(summary.ComplaintId, receivedAt, buildingSafety, Reference: summary.Reference), CancellationToken.None));
        return summary;
    }

    /// <summary>
    /// A complaint received at <paramref name="receivedAt"/> and acknowledged a day later, naming <paramref name="officer"/>:
    /// stage 1, being investigated.
    /// </summary>
    public static async Task<ComplaintSummary> AcknowledgedAsync(this ModuleTestHost host, DateTimeOffset receivedAt, IReadOnlyList<string>? points = null,
        string officer = "Sam Patel", string resident = Resident, bool buildingSafety = false)
    {
        var complaint = await host.ReceivedAsync(receivedAt, points, resident, buildingSafety);
        await host.MoveAsync(complaint.ComplaintId, ComplaintTrigger.Accept, receivedAt);
        await host.MoveAsync(complaint.ComplaintId, ComplaintTrigger.Acknowledge, receivedAt.AddDays(1));
        host.Services.GetRequiredService<ComplaintsOnRecord>().Name(complaint.ComplaintId, officer);
        return complaint with { NamedOfficer = officer };
    }

    /// <summary>A complaint received at <paramref name="receivedAt"/> and moved to <paramref name="stage"/>, an hour a step.</summary>
    public static async Task<ComplaintSummary> InStageAsync(this ModuleTestHost host, ComplaintStage stage, DateTimeOffset receivedAt, IReadOnlyList<string>? points = null)
    {
        var complaint = await host.ReceivedAsync(receivedAt, points);
        var at = receivedAt;
        foreach (var trigger in LifecycleSteps.PathTo(stage))
            await host.MoveAsync(complaint.ComplaintId, trigger, at = at.AddHours(1));
        return complaint;
    }
}
