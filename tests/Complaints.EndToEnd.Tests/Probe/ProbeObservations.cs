using System.Collections.Concurrent;

namespace Complaints.EndToEnd.Tests.Probe;

/// <summary>What the probe handlers saw, by tag, so a test can assert on the server side of a call.</summary>
public sealed class ProbeObservations
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<string>> _outcomes = new();

    /// <summary>The tag under which a handler notes that it has begun.</summary>
    public static string Started(string tag) => tag + ":started";

    public void Record(string tag, string outcome) => Slot(tag).TrySetResult(outcome);

    /// <summary>The outcome recorded for <paramref name="tag"/>, waiting up to ten seconds for it.</summary>
    public Task<string> WaitForAsync(string tag) => Slot(tag).Task.WaitAsync(TimeSpan.FromSeconds(10));

    private TaskCompletionSource<string> Slot(string tag) =>
        _outcomes.GetOrAdd(tag, _ => new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously));
}
