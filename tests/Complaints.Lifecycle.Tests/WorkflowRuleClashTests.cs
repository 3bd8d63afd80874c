using Complaints.Lifecycle.Domain;
using Complaints.Lifecycle.Policy;
using Stateless;

namespace Complaints.Lifecycle.Tests;

public sealed class WorkflowRuleClashTests
{
    [Fact]
    public void ComplaintWorkflow_HasNoTwoUnguardedRulesForOneTrigger()
    {
        var workflow = ComplaintWorkflow.At(ComplaintWorkflow.InitialStage, new LifecycleCase(), new LifecyclePolicy());

        Assert.Empty(WorkflowRuleClashes.In(workflow.GetInfo()));
    }

    // Stateless configures these without complaint and fails only when the trigger fires; the check must see them first.
    [Fact]
    public void In_WhenATriggerHasTwoUnguardedRulesOrOneBesideAGuardedOne_NamesEach()
    {
        var machine = new StateMachine<string, string>("Open");
        machine.Configure("Open").Permit("Close", "Closed").Permit("Close", "Archived");
        machine.Configure("Closed").Permit("Reopen", "Open").PermitIf("Reopen", "Archived", () => true, "kept on file");

        Assert.Equal(
            ["Open: Close has 2 unguarded rules", "Closed: Reopen has an unguarded rule beside guarded ones, so it always applies"],
            WorkflowRuleClashes.In(machine.GetInfo()));
    }
}
