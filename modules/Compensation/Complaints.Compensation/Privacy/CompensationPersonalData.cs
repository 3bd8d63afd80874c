using Complaints.Compensation.Persistence;
using Complaints.Kernel.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Compensation.Privacy;

/// <summary>
/// Compensation's part of the retention sweep: an award keeps its reference, status, band, every line's category,
/// rate and amount, who decided what and when, and its payments (the finance record); the rationale, the lines'
/// descriptions and evidence, and the reasons given for decisions, which tell the resident's story, go.
/// </summary>
internal sealed class CompensationPersonalData(CompensationDbContext db) : IPersonalDataHolder
{
    public string Module => "Compensation";

    public async Task<int> AnonymiseAsync(RetainedRecord record, CancellationToken cancellationToken)
    {
        if (record.ComplaintId is not { } id)
            return 0;
        var awards = await db.Awards.Where(a => a.ComplaintId == id).ToListAsync(cancellationToken);
        foreach (var award in awards)
        {
            var entry = db.Entry(award);
            entry.Property(a => a.Rationale).CurrentValue = Anonymised.Text;
            entry.Property(a => a.Lines).CurrentValue = award.Lines
                .Select(l => l with { Description = Anonymised.Text, Evidence = l.Evidence is null ? null : Anonymised.Text }).ToList();
            award.Decisions = award.Decisions.Select(d => d with { Reason = Anonymised.Text }).ToList();
        }
        return awards.Count;
    }
}
