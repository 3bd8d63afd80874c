namespace Complaints.Plugins;

/// <summary>
/// Refuses the message with the step's own message, which the caller receives (as FAILED_PRECONDITION). In a
/// synchronous step nothing of the message is kept. Any other exception is a fault in the step: the caller is told the
/// step failed, not why.
/// </summary>
public class InvalidPluginExecutionException(string message) : Exception(message);
