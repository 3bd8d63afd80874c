using Complaints.Compensation.Calculation;
using Complaints.Compensation.Policy;

namespace Complaints.Compensation.Tests;

/// <summary>Configuration that would price or approve awards wrongly is refused at start-up, each with its reason.</summary>
public sealed class OptionsValidatorTests
{
    [Fact]
    public void TheTestRates_AreValid() => Assert.True(new RatesOptionsValidator().Validate(null, Rates.Options()).Succeeded);

    [Fact]
    public void BandsThatDoNotRise_AreRefused()
    {
        var options = Rates.Options();
        options.Bands[1].UpToPence = 10000;

        Assert.Contains("Compensation:Bands must rise: each upToPence above the one before.", RatesErrors(options));
    }

    [Fact]
    public void BandsOutOfOrder_AreRefused()
    {
        var options = Rates.Options();
        (options.Bands[0].UpToPence, options.Bands[1].UpToPence) = (60000, 10000);

        Assert.Contains("Compensation:Bands must rise: each upToPence above the one before.", RatesErrors(options));
    }

    [Fact]
    public void AnOpenEndedBandBeforeTheLast_IsRefused()
    {
        var options = Rates.Options();
        options.Bands[1].UpToPence = null;

        Assert.Contains("Compensation:Bands: only the last band is open-ended.", RatesErrors(options));
    }

    [Fact]
    public void ALastBandWithALimit_IsRefused()
    {
        var options = Rates.Options();
        options.Bands[^1].UpToPence = 500000;

        Assert.Contains("Compensation:Bands: only the last band is open-ended.", RatesErrors(options));
    }

    [Fact]
    public void NoBands_AreRefused() =>
        Assert.Contains("Compensation:Bands must list the remedy bands.", RatesErrors(new RatesOptions { RateTables = Rates.Options().RateTables }));

    [Fact]
    public void TwoTablesFromTheSameDay_AreRefused()
    {
        var options = Rates.Options();
        options.RateTables[1].EffectiveFrom = options.RateTables[0].EffectiveFrom;

        Assert.Contains("Compensation:RateTables: one table per effectiveFrom day.", RatesErrors(options));
    }

    [Theory]
    [InlineData("01/04/2028")]
    [InlineData("2028-4-1")]
    [InlineData("")]
    public void ADateNotInIsoForm_IsRefused(string effectiveFrom)
    {
        var options = Rates.Options();
        options.RateTables[1].EffectiveFrom = effectiveFrom;

        Assert.Contains($"Compensation:RateTables: effectiveFrom '{effectiveFrom}' must be yyyy-MM-dd.", RatesErrors(options));
    }

    [Theory]
    [InlineData(0, "day")]
    [InlineData(-1, "day")]
    [InlineData(1500, "")]
    public void ARateWithoutAPositiveAmountOrAUnit_IsRefused(long pence, string unit)
    {
        var options = Rates.Options();
        (options.RateTables[0].Rates[0].Pence, options.RateTables[0].Rates[0].Unit) = (pence, unit);

        Assert.Single(RatesErrors(options), e => e.Contains("'MISSED_APPOINTMENT' needs a code, a unit and a positive amount", StringComparison.Ordinal));
    }

    [Fact]
    public void ATableWithoutASource_IsRefused()
    {
        var options = Rates.Options();
        options.RateTables[0].Source = " ";

        Assert.Contains("Compensation:RateTables '2026-04-01': say where the rates come from.", RatesErrors(options));
    }

    [Fact]
    public void AGoodPolicy_IsValid() => Assert.True(new CompensationPolicyValidator().Validate(null, Policy()).Succeeded);

    [Theory]
    [InlineData(0L)]
    [InlineData(-100L)]
    public void ALimitThatIsNotPositive_IsRefused(long upTo)
    {
        var policy = Policy();
        policy.AuthorityLimits[0].UpToPence = upTo;

        Assert.Contains("compensation.authorityLimits 'officer': upToPence must be positive, or null for no limit.", PolicyErrors(policy));
    }

    [Fact]
    public void NoLimits_AreRefused()
    {
        var policy = Policy();
        policy.AuthorityLimits.Clear();

        Assert.Contains("compensation.authorityLimits must name at least one role and its limit.", PolicyErrors(policy));
    }

    [Fact]
    public void ARoleTwice_IsRefused()
    {
        var policy = Policy();
        policy.AuthorityLimits[1].Role = "officer";

        Assert.Contains("compensation.authorityLimits: each role once.", PolicyErrors(policy));
    }

    [Fact]
    public void ALimitWithoutItsClause_IsRefused()
    {
        var policy = Policy();
        policy.AuthorityLimits[1].Clause = "";

        Assert.Contains("compensation.authorityLimits: every limit needs a role and the clause (or reading) it comes from.", PolicyErrors(policy));
    }

    [Fact]
    public void AnOffsetRuleWithoutItsClause_IsRefused()
    {
        var policy = Policy();
        policy.RentArrearsOffset.Clause = "";

        Assert.Contains("compensation.rentArrearsOffset.clause must say where the rule comes from.", PolicyErrors(policy));
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-1L)]
    public void Validate_WhenTheSafetyLimitIsNotPositive_IsRefused(long maximum)
    {
        var policy = Policy();
        policy.MaximumAwardPence = maximum;

        Assert.Contains("compensation.maximumAwardPence must be positive: the safety limit on any line, award or payment.", PolicyErrors(policy));
    }

    [Fact]
    public void Validate_WhenTheSafetyLimitHasNoClause_IsRefused()
    {
        var policy = Policy();
        policy.MaximumAwardClause = " ";

        Assert.Contains("compensation.maximumAwardClause must say what the limit is (a safety limit, not policy).", PolicyErrors(policy));
    }

    [Fact]
    public void Validate_WhenAnAuthorityLimitIsAboveTheSafetyLimit_IsRefused()
    {
        var policy = Policy();
        policy.MaximumAwardPence = 20000;

        Assert.Contains("compensation.authorityLimits 'officer': upToPence is above maximumAwardPence, which no award may pass.", PolicyErrors(policy));
    }

    [Fact]
    public void APolicy_WithoutAPaymentTimescale_IsInvalid()
    {
        var policy = Policy();
        policy.Payment = new PaymentPolicy();

        Assert.Contains("compensation.payment needs workingDays (at least 1), dueSoonWorkingDays (not negative) and its clause.", PolicyErrors(policy));
    }

    private static IEnumerable<string> RatesErrors(RatesOptions options) =>
        new RatesOptionsValidator().Validate(null, options).Failures ?? [];

    private static IEnumerable<string> PolicyErrors(CompensationPolicy policy) =>
        new CompensationPolicyValidator().Validate(null, policy).Failures ?? [];

    private static CompensationPolicy Policy() => new()
    {
        MaximumAwardPence = 100_000_000,
        MaximumAwardClause = "A safety limit, not policy.",
        AuthorityLimits =
        [
            new AuthorityLimit { Role = "officer", UpToPence = 25000, Clause = "policy 4.1" },
            new AuthorityLimit { Role = "director", UpToPence = null, Clause = "policy 4.3" },
        ],
        RentArrearsOffset = new RentArrearsOffsetPolicy { Allowed = false, Clause = "policy 6" },
        Payment = new PaymentPolicy { WorkingDays = 20, DueSoonWorkingDays = 5, Clause = "policy 7" },
    };
}
