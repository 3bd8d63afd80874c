using Complaints.Kernel.Errors;
using Complaints.Lifecycle.Contracts;
using Complaints.Lifecycle.Domain;
using Complaints.Lifecycle.Policy;
using Complaints.Lifecycle.Tests.Conformance;

namespace Complaints.Lifecycle.Tests;

public sealed class ExtensionRulesTests
{
    private static readonly LifecyclePolicy Code = ShippedProfile.Lifecycle("code2024");

    [Fact]
    public void Extend_WithinTheCapWithoutAgreement_IsAllowed() =>
        ExtensionRules.Check(ComplaintStage.Stage1Investigating, Request(10, agreed: false), History(), Code);

    [Fact]
    public void Extend_BeyondTheCapWithoutAgreement_IsRefusedQuotingTheClause()
    {
        var error = Assert.Throws<RuleViolationException>(() =>
            ExtensionRules.Check(ComplaintStage.Stage1Investigating, Request(4, agreed: false), History(previousDays: 7), Code));

        Assert.Contains("at most 10 working days in all; 7 already used, 4 asked", error.Message);
        Assert.Contains("Code timescales", error.Message);
    }

    [Fact]
    public void Extend_AtStage2_UsesTheStage2Cap() =>
        ExtensionRules.Check(ComplaintStage.Stage2Investigating, Request(20, agreed: false), History(), Code);

    [Fact]
    public void Extend_WhenThePolicyAlwaysNeedsAgreement_IsRefusedWithoutIt()
    {
        var policy = new LifecyclePolicy();
        policy.Stage1.Extension = new ExtensionPolicy { AgreementAlwaysRequired = true, WithoutAgreementWorkingDays = 10, Clause = "5.4" };

        var error = Assert.Throws<RuleViolationException>(() =>
            ExtensionRules.Check(ComplaintStage.Stage1Investigating, Request(1, agreed: false), History(), policy));
        ExtensionRules.Check(ComplaintStage.Stage1Investigating, Request(1, agreed: true), History(), policy);

        Assert.Contains("only with the resident's agreement (5.4)", error.Message);
    }

    [Theory]
    [InlineData(0, "a reason")]
    [InlineData(3, null)]
    public void Extend_WithoutDaysOrReason_IsInvalid(int days, string? reason)
    {
        var request = new TransitionRequest(Guid.Empty, ComplaintTrigger.ExtendDeadline, reason, ExtensionWorkingDays: days);

        Assert.Throws<ValidationException>(() => ExtensionRules.Check(ComplaintStage.Stage1Investigating, request, History(), Code));
    }

    private static TransitionRequest Request(int days, bool agreed) =>
        new(Guid.Empty, ComplaintTrigger.ExtendDeadline, "Waiting for a contractor's report", ExtensionWorkingDays: days, ResidentAgreed: agreed);

    private static List<StageTransition> History(int previousDays = 0)
    {
        var history = new List<StageTransition> { Transition(1, "Accept", null), Transition(2, "Acknowledge", null) };
        if (previousDays > 0)
            history.Add(Transition(3, "ExtendDeadline", previousDays));
        return history;
    }

    private static StageTransition Transition(long id, string trigger, int? days) => new()
    {
        Id = id, ComplaintId = Guid.Empty, ToStage = ComplaintStage.Stage1Investigating, Trigger = trigger, Actor = "t",
        OccurredAt = DateTimeOffset.UnixEpoch, RecordedAt = DateTimeOffset.UnixEpoch, ExtensionWorkingDays = days,
    };
}
