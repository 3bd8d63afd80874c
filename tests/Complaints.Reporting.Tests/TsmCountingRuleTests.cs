using Complaints.Reporting.Policy;

namespace Complaints.Reporting.Tests;

public sealed class TsmCountingRuleTests
{
    private static readonly ReportingPolicy Policy = new()
    {
        TsmCountingRules =
        [
            new TsmCountingRule { FromReportingYear = 2026, CountWithdrawn = false, Clause = "from 2026" },
            new TsmCountingRule { FromReportingYear = 2024, CountWithdrawn = true, Clause = "from 2024" },
        ],
    };

    [Theory]
    [InlineData(2024, "from 2024")]
    [InlineData(2025, "from 2024")]
    [InlineData(2026, "from 2026")]
    [InlineData(2030, "from 2026")]
    public void RuleFor_WhenSeveralRulesStartBeforeTheYear_PicksTheLatest(int year, string clause) =>
        Assert.Equal(clause, Policy.RuleFor(year).Clause);

    [Fact]
    public void RuleFor_WhenTheYearIsBeforeEveryRule_PicksTheEarliest() =>
        Assert.Equal("from 2024", Policy.RuleFor(2020).Clause);

    [Fact]
    public void Validate_WhenTwoRulesStartInOneYearOrOneHasNoClause_NamesEach()
    {
        var policy = new ReportingPolicy
        {
            TsmCountingRules = [new TsmCountingRule { FromReportingYear = 2024, Clause = "a" }, new TsmCountingRule { FromReportingYear = 2024 }],
            Learning = new LearningPolicy { RepeatWindowDays = 365, Clause = "b" },
        };

        var result = new ReportingPolicyValidator().Validate(null, policy);

        Assert.Equal(2, result.Failures!.Count());
        Assert.Contains(result.Failures!, f => f.Contains("two rules start in reporting year 2024", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("must quote its clause", StringComparison.Ordinal));
    }
}
