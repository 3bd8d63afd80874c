namespace Complaints.Kernel.Errors;

/// <summary>The request would create something that exists, e.g. an idempotency key replayed with a different body (ALREADY_EXISTS).</summary>
public sealed class AlreadyExistsException(string message) : ComplaintsException(message);
