using Complaints.Lifecycle.Policy;

namespace Complaints.Lifecycle.Domain;

/// <summary>What the workflow's guards may look at: the complaint's lifecycle record and the policy in force.</summary>
internal sealed record WorkflowContext(LifecycleCase Case, LifecyclePolicy Policy);
