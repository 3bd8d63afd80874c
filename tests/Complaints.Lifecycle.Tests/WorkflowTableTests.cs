using Complaints.Kernel.Errors;
using Complaints.Lifecycle.Contracts;
using Complaints.Lifecycle.Domain;
using Complaints.Lifecycle.Policy;
using S = Complaints.Lifecycle.Contracts.ComplaintStage;
using T = Complaints.Lifecycle.Contracts.ComplaintTrigger;

namespace Complaints.Lifecycle.Tests;

/// <summary>Every stage × trigger against an independent statement of the allowed moves.</summary>
public sealed class WorkflowTableTests
{
    /// <summary>The moves under a policy with no optional routes (the Code's own minimums).</summary>
    private static readonly Dictionary<S, Dictionary<T, S>> Allowed = new()
    {
        [S.Received] = new() { [T.Accept] = S.Stage1Pending, [T.TreatAsServiceRequest] = S.ServiceRequest, [T.Decline] = S.NotAccepted, [T.Withdraw] = S.Withdrawn },
        [S.ServiceRequest] = new() { [T.RaiseComplaint] = S.Stage1Pending, [T.Close] = S.Closed },
        [S.NotAccepted] = new(),
        [S.Stage1Pending] = new() { [T.Acknowledge] = S.Stage1Investigating, [T.Withdraw] = S.Withdrawn },
        [S.Stage1EarlyResolution] = new() { [T.ResolveEarly] = S.Closed, [T.Acknowledge] = S.Stage1Investigating, [T.Withdraw] = S.Withdrawn },
        [S.Stage1Investigating] = new() { [T.ExtendDeadline] = S.Stage1Investigating, [T.IssueStage1Response] = S.Stage1Responded, [T.Withdraw] = S.Withdrawn },
        [S.Stage1Responded] = new() { [T.RequestEscalation] = S.Stage2Pending, [T.Close] = S.Closed },
        [S.Stage2Pending] = new() { [T.AcknowledgeEscalation] = S.Stage2Investigating, [T.RefuseEscalation] = S.EscalationRefused, [T.Withdraw] = S.Withdrawn },
        [S.Stage2Investigating] = new() { [T.ExtendDeadline] = S.Stage2Investigating, [T.IssueStage2Response] = S.Stage2Responded, [T.Withdraw] = S.Withdrawn },
        [S.EscalationRefused] = new() { [T.Close] = S.Closed },
        [S.Stage2Responded] = new() { [T.Close] = S.Closed },
        [S.WithBuildingSafetyRegulator] = new() { [T.Close] = S.Closed },
        [S.Closed] = new(),
        [S.Withdrawn] = new(),
        [S.ReferredToOmbudsman] = new() { [T.RecordDetermination] = S.Determined },
        [S.Determined] = new() { [T.RecordCompliance] = S.RemediesComplied },
        [S.RemediesComplied] = new(),
    };

    public static IEnumerable<object[]> EveryStageAndTrigger() =>
        from stage in Enum.GetValues<S>() from trigger in Enum.GetValues<T>() select new object[] { stage, trigger };

    [Theory]
    [MemberData(nameof(EveryStageAndTrigger))]
    public void Fire_UnderTheCodeMinimums_MovesExactlyAsTheTableSays(S stage, T trigger)
    {
        var context = Context(new LifecyclePolicy());
        var expected = Expected(stage, trigger);

        if (expected is { } destination)
            Assert.Equal(destination, ComplaintWorkflow.Machine.Fire(stage, trigger, context).Destination);
        else
            Assert.Throws<TransitionRefusedException>(() => ComplaintWorkflow.Machine.Fire(stage, trigger, context));
    }

    [Fact]
    public void EarlyResolution_IsOfferedOnlyWhenThePolicyHasIt()
    {
        var withStep = Context(new LifecyclePolicy { InformalResolution = new InformalResolutionPolicy { Name = "Get It Sorted", WorkingDays = 5 } });
        var without = Context(new LifecyclePolicy());

        Assert.Contains(T.StartEarlyResolution, ComplaintWorkflow.Machine.PermittedTriggers(S.Stage1Pending, withStep));
        var refused = Assert.Throws<TransitionRefusedException>(() => ComplaintWorkflow.Machine.Fire(S.Stage1Pending, T.StartEarlyResolution, without));
        Assert.Contains("the policy has an early-resolution step", refused.Message);
        Assert.Contains("Acknowledge", refused.PermittedTriggers);
    }

    [Theory]
    [InlineData(true, true, true)]
    [InlineData(true, false, false)]
    [InlineData(false, true, false)]
    public void BuildingSafetyRoute_NeedsThePolicyRouteAndABuildingSafetyComplaint(bool policyHasRoute, bool buildingSafety, bool allowed)
    {
        var policy = new LifecyclePolicy { BuildingSafetyRoute = policyHasRoute ? new BuildingSafetyRoutePolicy { To = "Building Safety Regulator" } : null };
        var context = new WorkflowContext(new LifecycleCase { Stage = S.Stage1Responded, BuildingSafety = buildingSafety }, policy);

        Assert.Equal(allowed, ComplaintWorkflow.Machine.CanFire(S.Stage1Responded, T.ReferToBuildingSafetyRegulator, context));
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void AnswerAsCorrespondence_OnlyForWhatThePolicyRoutedToCorrespondence(bool correspondence, bool allowed)
    {
        var context = new WorkflowContext(new LifecycleCase { Stage = S.Received, Correspondence = correspondence }, new LifecyclePolicy());

        Assert.Equal(allowed, ComplaintWorkflow.Machine.CanFire(S.Received, T.AnswerAsCorrespondence, context));
        if (allowed)
            Assert.Equal(S.Closed, ComplaintWorkflow.Machine.Fire(S.Received, T.AnswerAsCorrespondence, context).Destination);
    }

    [Fact]
    public void CloseForNoReply_NeedsAnAutoClosePolicy()
    {
        Assert.False(ComplaintWorkflow.Machine.CanFire(S.Stage1Responded, T.CloseForNoReply, Context(new LifecyclePolicy())));
        Assert.True(ComplaintWorkflow.Machine.CanFire(S.Stage1Responded, T.CloseForNoReply, Context(new LifecyclePolicy { AutoCloseNoReplyWorkingDays = 21 })));
    }

    private static S? Expected(S stage, T trigger)
    {
        if (trigger == T.ReferToOmbudsman)
            return stage is S.ReferredToOmbudsman or S.Determined or S.RemediesComplied ? null : S.ReferredToOmbudsman;
        return Allowed[stage].TryGetValue(trigger, out var destination) ? destination : null;
    }

    private static WorkflowContext Context(LifecyclePolicy policy) => new(new LifecycleCase(), policy);
}
