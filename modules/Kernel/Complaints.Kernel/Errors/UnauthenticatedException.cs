namespace Complaints.Kernel.Errors;

/// <summary>The caller did not prove who they are (UNAUTHENTICATED).</summary>
public sealed class UnauthenticatedException(string message) : ComplaintsException(message);
