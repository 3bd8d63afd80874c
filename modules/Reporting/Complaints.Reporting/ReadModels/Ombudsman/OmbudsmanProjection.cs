using Complaints.OmbudsmanLiaison.Contracts;
using Complaints.Reporting.Persistence;

namespace Complaints.Reporting.ReadModels.Ombudsman;

/// <summary>
/// Applies OmbudsmanLiaison's events to <c>reporting_ombudsman_cases</c>, its findings and its orders; each moment
/// kept the first time, each row keyed, so applying an event twice changes nothing. A determination logged before its
/// event named the elements' complaints (or its instant) keeps its findings by name, without them.
/// </summary>
internal static class OmbudsmanProjection
{
    public static async Task ApplyAsync(ReportingDbContext db, ReferralRecordedEvent referred, CancellationToken cancellationToken)
    {
        var found = await FindOrAddAsync(db, referred.OmbudsmanCaseReference, cancellationToken);
        found.ReferralId ??= referred.ReferralId;
        found.ReferredOn ??= referred.ReferredOn;
        found.ReferredAt ??= referred.OccurredAt;
        if (found.ComplaintIds.Count == 0)
            found.ComplaintIds = [.. referred.ComplaintIds];
    }

    public static async Task ApplyAsync(ReportingDbContext db, DeterminationRecordedEvent determined, CancellationToken cancellationToken)
    {
        var found = await FindOrAddAsync(db, determined.OmbudsmanCaseReference, cancellationToken);
        found.DeterminedOn ??= determined.DeterminedOn;
        found.DeterminedAt ??= determined.OccurredAt;
        if (found.ComplaintIds.Count == 0 && determined.ComplaintIds is { Count: > 0 } complaints)
            found.ComplaintIds = [.. complaints];
        var elements = determined.Elements
            ?? determined.Findings.Select((name, i) => new DeterminedElement(i + 1, Enum.Parse<OmbudsmanFinding>(name), null)).ToList();
        foreach (var element in elements)
        {
            if (await db.OmbudsmanFindings.FindAsync([determined.OmbudsmanCaseReference, element.Number], cancellationToken) is null)
                db.OmbudsmanFindings.Add(new ReportedOmbudsmanFinding
                {
                    OmbudsmanCaseReference = determined.OmbudsmanCaseReference, Number = element.Number, Finding = element.Finding, ComplaintId = element.ComplaintId,
                });
        }
    }

    public static async Task ApplyAsync(ReportingDbContext db, OrderMadeEvent made, CancellationToken cancellationToken)
    {
        if (await db.OmbudsmanOrders.FindAsync([made.OrderId], cancellationToken) is not null)
            return;
        db.OmbudsmanOrders.Add(new ReportedOmbudsmanOrder
        {
            OrderId = made.OrderId, OmbudsmanCaseReference = made.OmbudsmanCaseReference, ComplaintId = made.ComplaintId, Type = made.Type,
            AmountPence = made.AmountPence, DueOn = made.DueOn, MadeAt = made.OccurredAt,
        });
    }

    /// <summary>Compliance logged before the event named its order cannot be matched to one, and is left out.</summary>
    public static async Task ApplyAsync(ReportingDbContext db, OrderCompliedEvent complied, CancellationToken cancellationToken)
    {
        if (complied.OrderId is not { } orderId || await db.OmbudsmanOrders.FindAsync([orderId], cancellationToken) is not { } order)
            return;
        order.CompliedOn ??= complied.CompliedOn;
        order.CompliedAt ??= complied.OccurredAt;
        order.OnTime ??= complied.OnTime;
    }

    private static async Task<ReportedOmbudsmanCase> FindOrAddAsync(ReportingDbContext db, string caseReference, CancellationToken cancellationToken) =>
        await db.OmbudsmanCases.FindAsync([caseReference], cancellationToken)
        ?? db.OmbudsmanCases.Add(new ReportedOmbudsmanCase { OmbudsmanCaseReference = caseReference }).Entity;
}
