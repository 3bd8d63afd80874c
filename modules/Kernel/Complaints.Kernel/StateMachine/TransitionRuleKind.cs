namespace Complaints.Kernel.StateMachine;

/// <summary>What a row of the transition table does when its trigger fires.</summary>
public enum TransitionRuleKind
{
    /// <summary>Leave the source and enter a different destination (Permit, PermitIf).</summary>
    Move,

    /// <summary>Leave the source and enter it again (PermitReentry, PermitReentryIf).</summary>
    Reentry,

    /// <summary>Accept the trigger and do nothing (Ignore, IgnoreIf).</summary>
    Ignore,
}
