namespace Complaints.Kernel.Errors;

/// <summary>
/// A request the product refuses for a reason the caller can act on. Each failure kind is one subclass, mapped once
/// to a gRPC status by the host; anything else that escapes is a bug and answers UNKNOWN.
/// </summary>
public abstract class ComplaintsException(string message) : Exception(message);
