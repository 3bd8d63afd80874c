namespace Complaints.Kernel.Errors;

/// <summary>
/// The request is well-formed but a business rule refuses it in the current state (FAILED_PRECONDITION). The
/// <paramref name="reason"/> (UPPER_SNAKE_CASE) and <paramref name="metadata"/> reach the client as an ErrorInfo and a
/// PreconditionFailure, so an integration can act on a refusal without parsing its message.
/// </summary>
public sealed class RuleViolationException(string message, string reason = RuleViolationException.DefaultReason,
    IReadOnlyDictionary<string, string>? metadata = null) : ComplaintsException(message)
{
    public const string DefaultReason = "RULE_VIOLATED";

    public string Reason { get; } = reason;

    public IReadOnlyDictionary<string, string> Metadata { get; } = metadata ?? new Dictionary<string, string>();
}
