using Complaints.Compensation.Policy;

namespace Complaints.Compensation.Tests;

/// <summary>An approver's limit is the highest among the compensation roles they hold; any unlimited role lifts it.</summary>
public sealed class AuthorityLimitTests
{
    private static readonly CompensationPolicy Policy = new()
    {
        AuthorityLimits =
        [
            new AuthorityLimit { Role = "officer", UpToPence = 25000, Clause = "c" },
            new AuthorityLimit { Role = "manager", UpToPence = 100000, Clause = "c" },
            new AuthorityLimit { Role = "director", UpToPence = null, Clause = "c" },
        ],
    };

    [Theory]
    [InlineData("officer", 25000L)]
    [InlineData("manager,officer", 100000L)]
    [InlineData("complaint-handler,officer", 25000L)]
    public void TheHighestLimitHeld_Applies(string roles, long expected) =>
        Assert.Equal((true, (long?)expected), Policy.LimitFor(Split(roles)));

    [Theory]
    [InlineData("director")]
    [InlineData("officer,director,manager")]
    public void AnyUnlimitedRole_GivesNoLimit(string roles) => Assert.Equal((true, (long?)null), Policy.LimitFor(Split(roles)));

    [Theory]
    [InlineData("")]
    [InlineData("complaint-handler")]
    [InlineData("Officer")]
    public void WithoutACompensationRole_NoRoleIsHeld(string roles)
    {
        Assert.False(Policy.LimitFor(Split(roles)).HasRole);
        Assert.False(Policy.IsCompensationRole(Split(roles)));
    }

    private static string[] Split(string roles) => roles.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
