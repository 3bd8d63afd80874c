using Complaints.Compensation.Awards;
using Complaints.Compensation.Domain;
using Complaints.Compensation.Policy;
using S = Complaints.Compensation.Domain.AwardStatus;
using T = Complaints.Compensation.Domain.AwardTrigger;

namespace Complaints.Compensation.Tests;

/// <summary>Every status × step of the award workflow, for an offer and for an Ombudsman order; authority limits; money formatting.</summary>
public sealed class AwardWorkflowTests
{
    public static TheoryData<string, string, bool, string?> Table => new()
    {
        { "Proposed", "Approve", false, "Approved" }, { "Proposed", "Reject", false, "Rejected" }, { "Proposed", "Cancel", false, "Cancelled" },
        { "Proposed", "Accept", false, null }, { "Proposed", "PayInFull", true, null },
        { "Approved", "Accept", false, "Accepted" }, { "Approved", "Decline", false, "Declined" }, { "Approved", "NoReply", false, "NoReply" },
        { "Approved", "PayInFull", false, null }, { "Approved", "PayInPart", false, null },
        { "Approved", "PayInFull", true, "Paid" }, { "Approved", "PayInPart", true, "PartPaid" }, { "Approved", "Cancel", false, "Cancelled" },
        { "Declined", "Accept", false, "Accepted" }, { "Declined", "PayInFull", false, null }, { "Declined", "Cancel", false, "Cancelled" },
        { "NoReply", "Accept", false, "Accepted" }, { "NoReply", "Decline", false, "Declined" },
        { "Accepted", "PayInPart", false, "PartPaid" }, { "Accepted", "PayInFull", false, "Paid" }, { "Accepted", "Cancel", false, "Cancelled" },
        { "PartPaid", "PayInPart", false, "PartPaid" }, { "PartPaid", "PayInFull", false, "Paid" }, { "PartPaid", "Cancel", false, null },
        { "Paid", "PayInPart", false, null }, { "Paid", "Cancel", false, null },
        { "Rejected", "Approve", false, null }, { "Cancelled", "Approve", false, null },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void TheWorkflow_AllowsExactlyTheseSteps(string from, string trigger, bool ombudsmanOrder, string? to)
    {
        var (step, award) = (Enum.Parse<T>(trigger), Award(ombudsmanOrder));
        award.Status = Enum.Parse<S>(from);
        var workflow = AwardWorkflow.Over(award);

        var allowed = workflow.CanFire(step);

        Assert.Equal(to is not null, allowed);
        if (to is not null)
        {
            workflow.Fire(step);
            Assert.Equal(Enum.Parse<S>(to), award.Status);
        }
    }

    [Fact]
    public void TheHighestLimitHeld_Counts_AndAnUnlimitedRoleHasNoLimit()
    {
        var policy = new CompensationPolicy
        {
            AuthorityLimits =
            [
                new AuthorityLimit { Role = "officer", UpToPence = 25000, Clause = "c" },
                new AuthorityLimit { Role = "manager", UpToPence = 100000, Clause = "c" },
                new AuthorityLimit { Role = "director", UpToPence = null, Clause = "c" },
            ],
        };

        Assert.Equal((true, (long?)100000), policy.LimitFor(["officer", "manager"]));
        Assert.Equal((true, (long?)null), policy.LimitFor(["officer", "director"]));
        Assert.Equal((false, (long?)0), policy.LimitFor(["complaint-handler"]));
    }

    [Theory]
    [InlineData(7500, "£75.00")]
    [InlineData(123456789, "£1,234,567.89")]
    [InlineData(5, "£0.05")]
    public void Money_IsFormattedFromWholePence(long pence, string text) => Assert.Equal(text, Money.Format(pence));

    private static Award Award(bool ombudsmanOrder) => new()
    {
        Reference = "AWD-2026-000001", OmbudsmanCaseReference = ombudsmanOrder ? "202400001" : null, Lines = [], TotalPence = 100, Band = "b",
        AwardedOn = new DateOnly(2026, 6, 1), Rationale = "r", ProposedBy = "p", ProposedAt = DateTimeOffset.UnixEpoch, ProposedOn = new DateOnly(2026, 6, 1),
    };
}
