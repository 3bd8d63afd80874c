using Complaints.Compensation.Domain;

namespace Complaints.Compensation.Tests;

/// <summary>A minimal award for workflow tests: an offer, or an Ombudsman order when it carries a case reference.</summary>
internal static class Awards
{
    public static Award Make(bool ombudsmanOrder) => new()
    {
        Reference = "AWD-2026-000001",
        ComplaintId = ombudsmanOrder ? null : Guid.Parse("8d8f5c1e-4a52-4d0e-9d67-3f1f6b2f0a11"),
        OmbudsmanCaseReference = ombudsmanOrder ? "202400001" : null,
        Lines = [],
        TotalPence = 100,
        Band = "Service failure",
        AwardedOn = new DateOnly(2026, 6, 1),
        Rationale = "r",
        ProposedBy = "p",
        ProposedAt = DateTimeOffset.UnixEpoch,
        ProposedOn = new DateOnly(2026, 6, 1),
    };
}
