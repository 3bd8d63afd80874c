using Complaints.Compensation.Contracts;
using Complaints.Reporting.Persistence;

namespace Complaints.Reporting.ReadModels.Awards;

/// <summary>
/// Applies Compensation's events to <c>reporting_awards</c> and its categories and payments. Each moment is kept the
/// first time it happens, and a payment is keyed by its id, so applying an event twice changes nothing. Rows are found
/// with <c>FindAsync</c>, which sees rows added earlier in the same unsaved page.
/// </summary>
internal static class AwardProjection
{
    public static async Task ApplyAsync(ReportingDbContext db, AwardProposedEvent proposed, CancellationToken cancellationToken)
    {
        var award = await FindOrAddAsync(db, proposed.AwardId, cancellationToken);
        Describe(award, proposed.Reference, proposed.ComplaintId, proposed.OmbudsmanCaseReference, proposed.Band);
        award.TotalPence ??= proposed.TotalPence;
        award.ProposedAt ??= proposed.OccurredAt;
        await CategoriesAsync(db, proposed.AwardId, proposed.Categories, cancellationToken);
    }

    public static async Task ApplyAsync(ReportingDbContext db, AwardApprovedEvent approved, CancellationToken cancellationToken)
    {
        var award = await FindOrAddAsync(db, approved.AwardId, cancellationToken);
        Describe(award, approved.Reference, approved.ComplaintId, approved.OmbudsmanCaseReference, approved.Band);
        award.TotalPence ??= approved.ApprovedPence;
        award.ApprovedPence ??= approved.ApprovedPence;
        award.ApprovedAt ??= approved.OccurredAt;
        await CategoriesAsync(db, approved.AwardId, approved.Categories, cancellationToken);
    }

    public static async Task ApplyAsync(ReportingDbContext db, AwardRejectedEvent rejected, CancellationToken cancellationToken) =>
        (await FindOrAddAsync(db, rejected.AwardId, cancellationToken)).RejectedAt ??= rejected.OccurredAt;

    public static async Task ApplyAsync(ReportingDbContext db, AwardOfferAnsweredEvent answered, CancellationToken cancellationToken) =>
        (await FindOrAddAsync(db, answered.AwardId, cancellationToken)).OfferAnswer = answered.Answer; // the last answer stands

    public static async Task ApplyAsync(ReportingDbContext db, AwardCancelledEvent cancelled, CancellationToken cancellationToken) =>
        (await FindOrAddAsync(db, cancelled.AwardId, cancellationToken)).CancelledAt ??= cancelled.OccurredAt;

    public static async Task ApplyAsync(ReportingDbContext db, AwardPaidEvent paid, CancellationToken cancellationToken)
    {
        var award = await FindOrAddAsync(db, paid.AwardId, cancellationToken);
        award.Reference ??= paid.Reference;
        award.ComplaintId ??= paid.ComplaintId;
        if (await db.AwardPayments.FindAsync([paid.PaymentId], cancellationToken) is not null)
            return;
        db.AwardPayments.Add(new ReportedAwardPayment
        {
            PaymentId = paid.PaymentId, AwardId = paid.AwardId, AmountPence = paid.AmountPence, PaidOn = paid.PaidOn, OccurredAt = paid.OccurredAt,
        });
        award.PaidPence = Math.Max(award.PaidPence, paid.PaidPence);
        if (award.LastPaidAt is null || paid.OccurredAt > award.LastPaidAt)
            award.LastPaidAt = paid.OccurredAt;
        if (paid.PaidInFull)
            award.PaidInFullOn ??= paid.PaidOn;
    }

    private static void Describe(ReportedAward award, string reference, Guid? complaintId, string? caseReference, string band)
    {
        award.Reference ??= reference;
        award.ComplaintId ??= complaintId;
        award.OmbudsmanCaseReference ??= caseReference;
        award.Band ??= band;
    }

    /// <summary>An award's lines never change once proposed: its categories are written once.</summary>
    private static async Task CategoriesAsync(ReportingDbContext db, long awardId, IReadOnlyList<CategoryAmount> categories, CancellationToken cancellationToken)
    {
        foreach (var category in categories)
        {
            if (await db.AwardCategories.FindAsync([awardId, category.Category], cancellationToken) is null)
                db.AwardCategories.Add(new ReportedAwardCategory { AwardId = awardId, Category = category.Category, AmountPence = category.AmountPence });
        }
    }

    private static async Task<ReportedAward> FindOrAddAsync(ReportingDbContext db, long awardId, CancellationToken cancellationToken) =>
        await db.Awards.FindAsync([awardId], cancellationToken) ?? db.Awards.Add(new ReportedAward { AwardId = awardId }).Entity;
}
