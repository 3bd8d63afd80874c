using Complaints.Kernel.Errors;
using Complaints.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Kernel.Privacy;

/// <summary>Legal holds and the records already anonymised (tables <c>kernel_legal_holds</c>, <c>kernel_anonymised_records</c>).</summary>
public sealed class RetentionLedger(KernelDbContext db, TimeProvider clock)
{
    public async Task<LegalHold> PlaceHoldAsync(RetainedRecordKind kind, string reference, string reason, string by, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason))
            throw new ValidationException(new FieldViolation("reason", "must say why the record is held (the claim, inquiry or request)"));
        if (await FindHoldAsync(kind, reference, cancellationToken) is { } existing)
            throw new AlreadyExistsException(
                $"{Describe(kind)} {reference} is already on legal hold (hold {existing.Id}, placed by {existing.PlacedBy} on {existing.PlacedAt:yyyy-MM-dd}).");
        if (await db.AnonymisedRecords.AnyAsync(r => r.Kind == kind && r.Reference == reference, cancellationToken))
            throw new RuleViolationException($"{Describe(kind)} {reference} was already anonymised under the retention schedule; there is nothing left to hold.",
                "ALREADY_ANONYMISED");
        var hold = new LegalHold { Kind = kind, Reference = reference, Reason = reason.Trim(), PlacedBy = by, PlacedAt = clock.GetUtcNow() };
        db.LegalHolds.Add(hold);
        await db.SaveChangesAsync(cancellationToken);
        return hold;
    }

    public async Task<LegalHold> ReleaseHoldAsync(long id, string reason, string by, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason))
            throw new ValidationException(new FieldViolation("reason", "must say why the hold ends"));
        var hold = await db.LegalHolds.SingleOrDefaultAsync(h => h.Id == id, cancellationToken) ?? throw new NotFoundException("Legal hold", id.ToString());
        if (!hold.InPlace)
            throw new RuleViolationException($"Legal hold {id} was already released by {hold.ReleasedBy} on {hold.ReleasedAt:yyyy-MM-dd}.", "HOLD_RELEASED");
        (hold.ReleasedAt, hold.ReleasedBy, hold.ReleaseReason) = (clock.GetUtcNow(), by, reason.Trim());
        await db.SaveChangesAsync(cancellationToken);
        return hold;
    }

    public async Task<IReadOnlyList<LegalHold>> ListHoldsAsync(bool includeReleased, CancellationToken cancellationToken) =>
        await db.LegalHolds.AsNoTracking().Where(h => includeReleased || h.ReleasedAt == null).OrderBy(h => h.Id).ToListAsync(cancellationToken);

    public Task<LegalHold?> FindHoldAsync(RetainedRecordKind kind, string reference, CancellationToken cancellationToken) =>
        db.LegalHolds.AsNoTracking().FirstOrDefaultAsync(h => h.Kind == kind && h.Reference == reference && h.ReleasedAt == null, cancellationToken);

    /// <summary>Of <paramref name="references"/>, the ones already anonymised.</summary>
    public async Task<HashSet<string>> AnonymisedAmongAsync(RetainedRecordKind kind, IReadOnlyCollection<string> references, CancellationToken cancellationToken)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        // In slices, so the IN list stays well inside every provider's parameter limit.
        foreach (var slice in references.Chunk(500))
            done.UnionWith(await db.AnonymisedRecords.AsNoTracking().Where(r => r.Kind == kind && slice.Contains(r.Reference))
                .Select(r => r.Reference).ToListAsync(cancellationToken));
        return done;
    }

    /// <summary>Of <paramref name="references"/>, the ones on hold, with the hold.</summary>
    public async Task<Dictionary<string, LegalHold>> HoldsAmongAsync(RetainedRecordKind kind, IReadOnlyCollection<string> references, CancellationToken cancellationToken)
    {
        var holds = new Dictionary<string, LegalHold>(StringComparer.Ordinal);
        foreach (var slice in references.Chunk(500))
            foreach (var hold in await db.LegalHolds.AsNoTracking().Where(h => h.Kind == kind && h.ReleasedAt == null && slice.Contains(h.Reference)).ToListAsync(cancellationToken))
                holds.TryAdd(hold.Reference, hold);
        return holds;
    }

    /// <summary>Adds the record of an anonymisation to the call's unit of work; it commits with the modules' changes.</summary>
    public void RecordAnonymised(AnonymisedRecord record) => db.AnonymisedRecords.Add(record);

    public static string Describe(RetainedRecordKind kind) => kind == RetainedRecordKind.Complaint ? "Complaint" : "Conduct case";
}
