namespace Complaints.Cli;

/// <summary>The command line asked for something that cannot be done as given; its message says what to change.</summary>
internal sealed class UsageException(string message) : Exception(message);
