using Complaints.Kernel.Privacy;

namespace Complaints.Kernel.Tests.Privacy;

public sealed class RetentionPolicyTests
{
    [Fact]
    public void APeriodCountsWholeYearsBackFromNow()
    {
        var rule = new RetentionRule { YearsAfterConclusion = 6, Clause = "Limitation Act 1980" };

        Assert.Equal(new DateTimeOffset(2018, 2, 28, 9, 0, 0, TimeSpan.Zero), rule.ConcludedBefore(new DateTimeOffset(2024, 2, 29, 9, 0, 0, TimeSpan.Zero)));
        Assert.Equal(new DateTimeOffset(2020, 11, 29, 9, 0, 0, TimeSpan.Zero), rule.ConcludedBefore(new DateTimeOffset(2026, 11, 29, 9, 0, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData(0, "clause", "retention.complaints.yearsAfterConclusion must be between 1 and 100.")]
    [InlineData(101, "clause", "retention.complaints.yearsAfterConclusion must be between 1 and 100.")]
    [InlineData(6, " ", "retention.complaints.clause must quote the clause the period comes from, or say the policy publishes none.")]
    public void AScheduleThatCannotBeAppliedStopsTheServer(int years, string clause, string problem)
    {
        var policy = new RetentionPolicy
        {
            Complaints = new RetentionRule { YearsAfterConclusion = years, Clause = clause },
            ConductCases = new RetentionRule { YearsAfterConclusion = 6, Clause = "Limitation Act 1980" },
        };

        var result = new RetentionPolicyValidator().Validate(null, policy);

        Assert.Equal([problem], result.Failures);
    }
}
