namespace Complaints.Kernel.Errors;

/// <summary>The request is well-formed but a business rule refuses it in the current state (FAILED_PRECONDITION).</summary>
public sealed class RuleViolationException(string message) : ComplaintsException(message);
