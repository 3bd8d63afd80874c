using Complaints.Intake.Contracts;
using Complaints.Kernel.Access;
using Complaints.Kernel.Background;
using Complaints.Kernel.Leases;
using Complaints.Kernel.Persistence;
using Complaints.Kernel.Privacy;
using Complaints.Lifecycle.Contracts;
using Complaints.VexatiousBehaviour.Contracts;
using Microsoft.Extensions.Options;

namespace Complaints.Host.Privacy;

/// <summary>Configuration section <c>Retention:Sweep</c>. How often is operational; how long data is kept is the profile's.</summary>
internal sealed class RetentionSweepOptions
{
    public const string Section = "Retention:Sweep";

    public bool Enabled { get; set; } = true;

    public TimeSpan Interval { get; set; } = TimeSpan.FromDays(1);
}

/// <summary>
/// The retention schedule, applied: finds the complaints and conduct cases concluded longer ago than the profile's
/// <c>retention</c> section keeps them (through the Lifecycle and conduct contracts, never their tables), leaves those
/// on legal hold, and has every module (<see cref="IPersonalDataHolder"/>) anonymise its personal fields about each
/// one — one transaction per record, so a record is anonymised everywhere or nowhere — then records it as done and
/// audits it. Runs by itself at <see cref="RetentionSweepOptions.Interval"/>, on one host at a time (<see cref="SweepTurns"/>),
/// and on demand (PrivacyService).
/// </summary>
internal sealed class RetentionSweep(
    IServiceScopeFactory scopes, TimeProvider clock, AuditTrail audit, IOptions<RetentionSweepOptions> options, ILogger<RetentionSweep> logger)
    : PeriodicWork(scopes, logger)
{
    public const string SystemActor = "retention-sweep";

    public sealed record Due(RetainedRecord Record, DateTimeOffset ConcludedAt);

    public sealed record Swept(Due Due, string Changes);

    public sealed record Report(DateTimeOffset RanAt, bool DryRun, RetentionPolicy Schedule, IReadOnlyList<Swept> Anonymised, IReadOnlyList<(Due Due, LegalHold Hold)> Held);

    protected override bool Enabled => options.Value.Enabled;

    protected override TimeSpan Interval => options.Value.Interval;

    protected override string Description => "The retention sweep";

    protected override string OneHostAtATime => "retention";

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var report = await RunAsync(dryRun: false, SystemActor, Guid.NewGuid().ToString("N"), cancellationToken);
        if (report.Anonymised.Count > 0 || report.Held.Count > 0)
            Logger.LogInformation("Retention sweep: {Anonymised} records anonymised, {Held} due but on legal hold.", report.Anonymised.Count, report.Held.Count);
    }

    public async Task<Report> RunAsync(bool dryRun, string actor, string correlationId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        RetentionPolicy schedule;
        List<Due> due;
        List<(Due, LegalHold)> held;
        await using (var scope = Scopes.CreateAsyncScope())
        {
            schedule = scope.ServiceProvider.GetRequiredService<IOptions<RetentionPolicy>>().Value;
            (due, held) = await FindDueAsync(scope.ServiceProvider, schedule, now, cancellationToken);
        }
        var anonymised = new List<Swept>();
        foreach (var record in due)
        {
            if (dryRun)
                anonymised.Add(new Swept(record, ""));
            else if (await AnonymiseAsync(record, schedule, actor, correlationId, cancellationToken) is { } swept)
                anonymised.Add(swept);
        }
        return new Report(now, dryRun, schedule, anonymised, held);
    }

    private static async Task<(List<Due> Due, List<(Due, LegalHold)> Held)> FindDueAsync(
        IServiceProvider services, RetentionPolicy schedule, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ledger = services.GetRequiredService<RetentionLedger>();
        var concluded = await services.GetRequiredService<ILifecycle>().FindConcludedBeforeAsync(schedule.Complaints.ConcludedBefore(now), cancellationToken);
        var references = await services.GetRequiredService<IComplaintDirectory>().ReferencesAsync(concluded.Select(c => c.ComplaintId).ToList(), cancellationToken);
        var candidates = concluded.Where(c => references.ContainsKey(c.ComplaintId))
            .Select(c => new Due(new RetainedRecord(RetainedRecordKind.Complaint, references[c.ComplaintId], ComplaintId: c.ComplaintId), c.ConcludedAt)).ToList();
        var cases = await services.GetRequiredService<IConductRecord>().FindConcludedBeforeAsync(schedule.ConductCases.ConcludedBefore(now), cancellationToken);
        candidates.AddRange(cases.Select(c => new Due(new RetainedRecord(RetainedRecordKind.ConductCase, c.Reference, ConductCaseId: c.CaseId), c.ConcludedAt)));

        var due = new List<Due>();
        var held = new List<(Due, LegalHold)>();
        foreach (var kind in candidates.GroupBy(c => c.Record.Kind))
        {
            var keys = kind.Select(c => c.Record.Reference).ToList();
            var done = await ledger.AnonymisedAmongAsync(kind.Key, keys, cancellationToken);
            var holds = await ledger.HoldsAmongAsync(kind.Key, keys, cancellationToken);
            foreach (var candidate in kind.Where(c => !done.Contains(c.Record.Reference)))
            {
                if (holds.TryGetValue(candidate.Record.Reference, out var hold))
                    held.Add((candidate, hold));
                else
                    due.Add(candidate);
            }
        }
        return (due, held);
    }

    /// <summary>One record, in one transaction across every module; null when a hold or another sweep got there first.</summary>
    private async Task<Swept?> AnonymiseAsync(Due due, RetentionPolicy schedule, string actor, string correlationId, CancellationToken cancellationToken)
    {
        await using var scope = Scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var record = due.Record;
        var ledger = services.GetRequiredService<RetentionLedger>();
        var changes = await services.GetRequiredService<UnitOfWork>().ExecuteAsync(async () =>
        {
            // One anonymisation at a time across hosts (a scheduled run and one asked for may overlap), and checked again
            // under that lock: a hold placed, or another run's anonymisation, since the record was listed wins.
            await services.GetRequiredService<LeaseKeeper>().LockAsync("retention-anonymise", cancellationToken);
            if (await ledger.FindHoldAsync(record.Kind, record.Reference, cancellationToken) is not null
                || (await ledger.AnonymisedAmongAsync(record.Kind, [record.Reference], cancellationToken)).Count > 0)
                return null;
            if (record.ComplaintId is { } complaintId)
                // Locks the complaint and moves its version on, so an officer's edit in flight is refused, not half-kept.
                await services.GetRequiredService<ILifecycle>().RecordChangeAsync(complaintId, null, cancellationToken);
            var counts = new List<string>();
            foreach (var holder in services.GetServices<IPersonalDataHolder>())
            {
                var changed = await holder.AnonymiseAsync(record, cancellationToken);
                if (changed > 0)
                    counts.Add($"{holder.Module} {changed}");
            }
            var rule = schedule.For(record.Kind);
            var summary = string.Join(", ", counts);
            ledger.RecordAnonymised(new AnonymisedRecord
            {
                Kind = record.Kind, Reference = record.Reference, AnonymisedAt = clock.GetUtcNow(), ConcludedAt = due.ConcludedAt,
                Rule = $"{rule.YearsAfterConclusion} years after conclusion ({rule.Clause})", Changes = summary,
            });
            return summary;
        }, cancellationToken);
        if (changes is null)
            return null;
        audit.Record(new AuditDraft(clock.GetUtcNow(), actor, null, "retention/Anonymise", "change", "OK", correlationId,
            [AuditKey(record)], [], $"Personal data anonymised under the retention schedule: {changes}."));
        return new Swept(due, changes);
    }

    /// <summary>The record as the audit of access names it, so a query by record finds the anonymisation beside every read.</summary>
    private static (string Type, string Key) AuditKey(RetainedRecord record) => record.ComplaintId is { } id
        ? ("complaint", id.ToString())
        : ("conduct_case", record.ConductCaseId?.ToString() ?? record.Reference);
}
