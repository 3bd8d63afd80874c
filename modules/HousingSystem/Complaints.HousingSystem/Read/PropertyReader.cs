using Complaints.HousingSystem.Contracts;
using Complaints.HousingSystem.Domain;
using Complaints.HousingSystem.Persistence;
using Complaints.HousingSystem.Policy;
using Complaints.Kernel.Errors;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Complaints.HousingSystem.Read;

/// <summary>A property from the HMS (cached), the complaints about it measured against the profile's repeat window, its repair jobs.</summary>
internal sealed class PropertyReader(IPropertyDirectory properties, HousingSystemDbContext db, IOptions<HousingSystemPolicy> policy, TimeProvider clock)
{
    private const int DefaultPageSize = 50;

    public async Task<PropertyView> GetAsync(string propertyReference, CancellationToken cancellationToken)
    {
        var reference = propertyReference.Trim();
        if (reference.Length == 0)
            throw new ValidationException(new FieldViolation("property_reference", "must name the property"));
        var complaints = await db.ComplaintParties.AsNoTracking().Where(l => l.PropertyReference == reference)
            .OrderByDescending(l => l.ReceivedAt).ToListAsync(cancellationToken);
        var jobs = await db.RepairJobs.AsNoTracking().Where(j => j.PropertyReference == reference)
            .OrderByDescending(j => j.RaisedAt).ToListAsync(cancellationToken);
        var (record, resolution) = await HousingRecordLookup.FindAsync(() => properties.FindAsync(reference, cancellationToken));
        if (record is null && complaints.Count == 0)
            throw new NotFoundException("Property", reference);
        var since = WindowStart();
        return new PropertyView(record, resolution, complaints, complaints.Count(c => c.ReceivedAt >= since), jobs);
    }

    /// <summary>Properties with at least the profile's number of complaints in its window, most complaints first.</summary>
    public async Task<IReadOnlyList<RepeatComplaintsAtProperty>> ListRepeatAsync(int pageSize, CancellationToken cancellationToken)
    {
        var since = WindowStart();
        var minimum = policy.Value.RepeatComplaints.MinimumComplaints;
        // Grouped in the database; the latest date is read per property afterwards, as SQLite cannot take MAX of the
        // binary form it stores instants in.
        var counts = await db.ComplaintParties.AsNoTracking().Where(l => l.PropertyReference != null && l.ReceivedAt >= since)
            .GroupBy(l => l.PropertyReference!).Select(g => new { Property = g.Key, Count = g.Count() })
            .Where(g => g.Count >= minimum).OrderByDescending(g => g.Count).ThenBy(g => g.Property)
            .Take(pageSize is > 0 ? pageSize : DefaultPageSize).ToListAsync(cancellationToken);
        var result = new List<RepeatComplaintsAtProperty>();
        foreach (var property in counts)
        {
            var latest = await db.ComplaintParties.AsNoTracking().Where(l => l.PropertyReference == property.Property)
                .OrderByDescending(l => l.ReceivedAt).Select(l => l.ReceivedAt).FirstAsync(cancellationToken);
            result.Add(new RepeatComplaintsAtProperty(property.Property, property.Count, latest));
        }
        return result;
    }

    public RepeatComplaintsPolicy Rule => policy.Value.RepeatComplaints;

    private DateTimeOffset WindowStart() => clock.GetUtcNow().AddDays(-policy.Value.RepeatComplaints.WindowDays);
}

internal sealed record PropertyView(
    Cached<Property>? Property, Domain.Resolution Resolution, IReadOnlyList<ComplaintParties> Complaints, int ComplaintsInWindow,
    IReadOnlyList<RepairJobRecord> RepairJobs);

internal sealed record RepeatComplaintsAtProperty(string PropertyReference, int ComplaintsInWindow, DateTimeOffset LatestReceivedAt);
