using Complaints.Kernel.Errors;
using Complaints.Lifecycle.Contracts;
using Complaints.Lifecycle.Domain;
using Complaints.Lifecycle.Policy;
using Stateless;
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
        var complaint = new LifecycleCase { Stage = stage };
        var workflow = ComplaintWorkflow.Over(complaint, new LifecyclePolicy());
        var expected = Expected(stage, trigger);

        Assert.Equal(expected is not null, ComplaintWorkflow.Permitted(workflow).Contains(trigger));
        if (expected is { } destination)
        {
            workflow.Fire(trigger);
            Assert.Equal(destination, complaint.Stage);
        }
        else
        {
            var refused = Assert.Throws<TransitionRefusedException>(() => workflow.Fire(trigger));
            Assert.Equal(stage, complaint.Stage);
            Assert.Equal((stage.ToString(), trigger.ToString()), (refused.CurrentState, refused.Trigger));
        }
    }

    [Fact]
    public void EarlyResolution_IsOfferedOnlyWhenThePolicyHasIt()
    {
        var withStep = new LifecyclePolicy { InformalResolution = new InformalResolutionPolicy { Name = "Get It Sorted", WorkingDays = 5 } };
        var without = new LifecyclePolicy();

        Assert.Contains(T.StartEarlyResolution, ComplaintWorkflow.Permitted(Workflow(S.Stage1Pending, withStep)));
        var refused = Assert.Throws<TransitionRefusedException>(() => Workflow(S.Stage1Pending, without).Fire(T.StartEarlyResolution));
        Assert.Equal("the policy has an early-resolution step", refused.Reason);
        Assert.Equal(["Acknowledge", "Withdraw", "ReferToOmbudsman"], refused.PermittedTriggers);
    }

    [Theory]
    [InlineData(true, true, true)]
    [InlineData(true, false, false)]
    [InlineData(false, true, false)]
    public void BuildingSafetyRoute_NeedsThePolicyRouteAndABuildingSafetyComplaint(bool policyHasRoute, bool buildingSafety, bool allowed)
    {
        var policy = new LifecyclePolicy { BuildingSafetyRoute = policyHasRoute ? new BuildingSafetyRoutePolicy { To = "Building Safety Regulator" } : null };
        var workflow = ComplaintWorkflow.Over(new LifecycleCase { Stage = S.Stage1Responded, BuildingSafety = buildingSafety }, policy);

        Assert.Equal(allowed, workflow.CanFire(T.ReferToBuildingSafetyRegulator));
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void AnswerAsCorrespondence_OnlyForWhatThePolicyRoutedToCorrespondence(bool correspondence, bool allowed)
    {
        var complaint = new LifecycleCase { Stage = S.Received, Correspondence = correspondence };
        var workflow = ComplaintWorkflow.Over(complaint, new LifecyclePolicy());

        Assert.Equal(allowed, workflow.CanFire(T.AnswerAsCorrespondence));
        if (allowed)
        {
            workflow.Fire(T.AnswerAsCorrespondence);
            Assert.Equal(S.Closed, complaint.Stage);
        }
    }

    [Fact]
    public void CloseForNoReply_NeedsAnAutoClosePolicy()
    {
        Assert.False(Workflow(S.Stage1Responded, new LifecyclePolicy()).CanFire(T.CloseForNoReply));
        Assert.True(Workflow(S.Stage1Responded, new LifecyclePolicy { AutoCloseNoReplyWorkingDays = 21 }).CanFire(T.CloseForNoReply));
    }

    private static S? Expected(S stage, T trigger)
    {
        if (trigger == T.ReferToOmbudsman)
            return stage is S.ReferredToOmbudsman or S.Determined or S.RemediesComplied ? null : S.ReferredToOmbudsman;
        return Allowed[stage].TryGetValue(trigger, out var destination) ? destination : null;
    }

    private static StateMachine<S, T> Workflow(S stage, LifecyclePolicy policy) => ComplaintWorkflow.Over(new LifecycleCase { Stage = stage }, policy);
}
