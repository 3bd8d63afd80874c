using Complaints.Compensation.Awards;
using Complaints.Compensation.Calculation;
using Complaints.Compensation.Domain;
using Complaints.Kernel.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Compensation.Tests.Infrastructure;

/// <summary>The officers of the shipped profiles, and awards taken through the module's messages (or written as an older release left them).</summary>
internal static class AwardSteps
{
    public static readonly Actor Officer = new("olu.officer", new HashSet<string> { "compensation-officer" });

    public static readonly Actor Director = new("dee.director", new HashSet<string> { "director" });

    public static ProposeAwardCommand Order(long pence) => new(null, "202600001",
        [new LineInput(AwardCategory.DistressAndInconvenience, "Ordered by the Ombudsman", pence, null, null, null)],
        null, "Ombudsman order", null, null);

    /// <summary>An Ombudsman order, approved by a director: payable at once.</summary>
    public static async Task<long> ApprovedOrderAsync(CompensationHost host, long pence)
    {
        var id = await host.ExecuteAsync(Order(pence), Officer);
        return await host.ExecuteAsync(new DecideAwardCommand(id, true, "Ordered", null, null), Director);
    }

    public static RecordPaymentCommand Pay(long awardId, string reference, long pence) =>
        new(awardId, PaymentMethod.BankTransfer, reference, pence, null, false, null);

    /// <summary>An Ombudsman order saved directly, with amounts no message accepts any more (as a release before the safety limit could).</summary>
    public static Task<long> RecordedBeforeTheLimitAsync(CompensationHost host, AwardStatus status, long totalPence, long? approvedPence, long paidPence) =>
        host.WithDbAsync(async db =>
        {
            var award = new Award
            {
                Reference = $"AWD-2025-{Random.Shared.Next(1, 999_999):D6}",
                OmbudsmanCaseReference = "202500001",
                Status = status,
                Lines = [new AwardLine(1, AwardCategory.DistressAndInconvenience, "Ordered", null, null, null, null, totalPence, null)],
                TotalPence = totalPence,
                Band = "Severe maladministration",
                AwardedOn = new DateOnly(2025, 6, 1),
                Rationale = "Ombudsman order",
                ProposedBy = "someone.else",
                ProposedAt = new DateTimeOffset(2025, 6, 1, 9, 0, 0, TimeSpan.Zero),
                ProposedOn = new DateOnly(2025, 6, 1),
                ApprovedPence = approvedPence,
                PaidPence = paidPence,
            };
            db.Awards.Add(award);
            await db.SaveChangesAsync();
            return award.Id;
        });

    public static Task<Award> ReadAsync(CompensationHost host, long id) =>
        host.WithDbAsync(db => db.Awards.AsNoTracking().SingleAsync(a => a.Id == id));

    public static Task<List<Payment>> PaymentsAsync(CompensationHost host, long id) =>
        host.WithDbAsync(db => db.Payments.AsNoTracking().Where(p => p.AwardId == id).ToListAsync());
}
