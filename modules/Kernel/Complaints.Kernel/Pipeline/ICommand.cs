namespace Complaints.Kernel.Pipeline;

/// <summary>
/// A write: a message the plug-in pipeline executes (e.g. <c>LogComplaintCommand</c>, message name
/// <c>LogComplaint</c>). Commands are records so async plug-ins can receive them after commit, from the outbox.
/// </summary>
public interface ICommand<TResult>;

/// <summary>A command that creates something; a replay with the same key returns the first result.</summary>
public interface IIdempotentCommand
{
    /// <summary>Chosen by the caller, unique per intended creation; null when the caller does not need replays.</summary>
    string? IdempotencyKey { get; }
}
