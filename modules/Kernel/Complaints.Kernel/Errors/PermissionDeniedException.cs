namespace Complaints.Kernel.Errors;

/// <summary>The caller is known but may not do this (PERMISSION_DENIED).</summary>
public sealed class PermissionDeniedException(string message) : ComplaintsException(message);
