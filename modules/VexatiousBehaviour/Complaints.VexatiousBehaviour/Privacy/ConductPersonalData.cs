using Complaints.Kernel.Privacy;
using Complaints.VexatiousBehaviour.Domain;
using Complaints.VexatiousBehaviour.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Complaints.VexatiousBehaviour.Privacy;

/// <summary>
/// The unacceptable-behaviour module's part of the retention sweep, for a conduct case: the case keeps its reference,
/// dates, each incident's channel and behaviour, each warning's level, each restriction's type, dates, panel and
/// decision, and each appeal's outcome; who the resident is, what happened in their words, the letters, the
/// considerations about their health and circumstances, and the permitted contact route go.
/// </summary>
internal sealed class ConductPersonalData(VexatiousBehaviourDbContext db) : IPersonalDataHolder
{
    public string Module => "VexatiousBehaviour";

    public async Task<int> AnonymiseAsync(RetainedRecord record, CancellationToken cancellationToken)
    {
        if (record.Kind != RetainedRecordKind.ConductCase)
            return 0;
        var conductCase = await db.Cases.SingleOrDefaultAsync(c => c.Reference == record.Reference, cancellationToken);
        if (conductCase is null)
            return 0;
        var entry = db.Entry(conductCase);
        entry.Property(c => c.ResidentReference).CurrentValue = Anonymised.Name;
        entry.Property(c => c.RepresentativeName).CurrentValue = conductCase.RepresentativeName is null ? null : Anonymised.Name;
        entry.Property(c => c.Summary).CurrentValue = Anonymised.Text;
        conductCase.Incidents = conductCase.Incidents.Select(i => i with { Description = Anonymised.Text, Evidence = Anonymised.Text }).ToList();
        conductCase.Warnings = conductCase.Warnings.Select(w => w with { Consequences = Anonymised.Text }).ToList();
        conductCase.Letters = conductCase.Letters.Select(l => l with { Content = Anonymised.Text }).ToList();
        var changed = 1;
        foreach (var restriction in await db.Restrictions.Where(r => r.CaseId == conductCase.Id).ToListAsync(cancellationToken))
        {
            var row = db.Entry(restriction);
            row.Property(r => r.ResidentReference).CurrentValue = Anonymised.Name;
            row.Property(r => r.PermittedRoute).CurrentValue = Anonymised.Text;
            row.Property(r => r.Details).CurrentValue = Anonymised.Text;
            row.Property(r => r.Considerations).CurrentValue = Considerations(restriction.Considerations);
            restriction.Reviews = restriction.Reviews.Select(r => r with { Reasons = Anonymised.Text }).ToList();
            changed++;
        }
        foreach (var appeal in await db.Appeals.Where(a => a.CaseId == conductCase.Id).ToListAsync(cancellationToken))
        {
            db.Entry(appeal).Property(a => a.Grounds).CurrentValue = Anonymised.Text;
            appeal.Reasons = appeal.Reasons is null ? null : Anonymised.Text;
            changed++;
        }
        return changed;
    }

    private static RestrictionConsiderations Considerations(RestrictionConsiderations weighed) => weighed with
    {
        ImmediateRisk = weighed.ImmediateRisk is null ? null : Anonymised.Text,
        Vulnerability = Anonymised.Text,
        EqualityAct = Anonymised.Text,
        ReasonableAdjustments = weighed.ReasonableAdjustments.Select(_ => Anonymised.Text).ToList(),
        Proportionality = Anonymised.Text,
    };
}
