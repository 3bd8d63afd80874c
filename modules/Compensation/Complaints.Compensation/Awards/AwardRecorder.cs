using System.Globalization;
using Complaints.Compensation.Calculation;
using Complaints.Compensation.Domain;
using Complaints.Compensation.Persistence;
using Complaints.Kernel.Calendar;
using Complaints.Kernel.Outbox;
using Complaints.Kernel.Persistence;
using Complaints.Kernel.Pipeline;

namespace Complaints.Compensation.Awards;

/// <summary>Saves a calculated award as proposed, numbered <c>AWD-YYYY-NNNNNN</c>, with its first decision on record, and publishes
/// <c>AwardProposed</c> (from a proposal, or from an Ombudsman order).</summary>
internal sealed class AwardRecorder(CompensationDbContext db, SequenceGenerator sequences, IEventPublisher events)
{
    public async Task<Award> ProposeAsync(
        CalculatedAward calculated, Guid? complaintId, string? ombudsmanCaseReference, DateOnly awardedOn, string rationale, Actor proposer,
        DateTimeOffset proposedAt, CancellationToken cancellationToken)
    {
        var year = LondonTime.Date(proposedAt).Year;
        var number = await sequences.NextAsync($"award-{year}", cancellationToken);
        var award = new Award
        {
            Reference = string.Create(CultureInfo.InvariantCulture, $"AWD-{year}-{number:D6}"),
            ComplaintId = complaintId,
            OmbudsmanCaseReference = string.IsNullOrWhiteSpace(ombudsmanCaseReference) ? null : ombudsmanCaseReference.Trim(),
            Lines = calculated.Lines.ToList(),
            TotalPence = calculated.TotalPence,
            Band = calculated.Band.Name,
            AwardedOn = awardedOn,
            RatesEffectiveFrom = calculated.Rates?.EffectiveFrom,
            Rationale = rationale.Trim(),
            ProposedBy = proposer.Id,
            ProposedAt = proposedAt,
            ProposedOn = LondonTime.Date(proposedAt),
        };
        AwardStore.Record(award, "Proposed", award.Rationale, proposer, proposedAt);
        db.Awards.Add(award);
        await db.SaveChangesAsync(cancellationToken);
        events.Publish(AwardEvents.Proposed(award));
        return award;
    }
}
