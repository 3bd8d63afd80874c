using Complaints.HousingSystem.Contracts;
using Complaints.HousingSystem.Persistence;
using Complaints.Intake.Contracts;
using Complaints.Kernel.Errors;
using Microsoft.EntityFrameworkCore;

namespace Complaints.HousingSystem.Read;

/// <summary>A resident from the HMS (cached) beside every complaint logged for them and what each disclosed.</summary>
internal sealed class ResidentReader(IResidentDirectory residents, IComplaintDirectory complaints, HousingSystemDbContext db)
{
    public async Task<ResidentView> GetAsync(string residentReference, CancellationToken cancellationToken)
    {
        var reference = residentReference.Trim();
        if (reference.Length == 0)
            throw new ValidationException(new FieldViolation("resident_reference", "must name the resident"));
        var logged = await complaints.ForResidentAsync(reference, cancellationToken);
        var ids = logged.Select(c => c.ComplaintId).ToList();
        var properties = await db.ComplaintParties.AsNoTracking().Where(l => ids.Contains(l.ComplaintId))
            .ToDictionaryAsync(l => l.ComplaintId, l => l.PropertyReference, cancellationToken);
        var (record, resolution) = await HousingRecordLookup.FindAsync(() => residents.FindAsync(reference, cancellationToken));
        if (record is null && logged.Count == 0)
            throw new NotFoundException("Resident", reference);
        return new ResidentView(record, resolution, logged.Select(c => (c, properties.GetValueOrDefault(c.ComplaintId))).ToList());
    }
}

/// <summary>The resident's record when it could be had, and their complaints each with the property it is linked to.</summary>
internal sealed record ResidentView(
    Cached<Resident>? Resident, Domain.Resolution Resolution, IReadOnlyList<(ComplaintSummary Complaint, string? PropertyReference)> Complaints);
