namespace Complaints.Kernel.Pipeline;

/// <summary>
/// The ambient facts of the message being executed: who, which correlation id, how deep. A message started by a
/// plug-in inherits them one level deeper; the depth limit stops plug-ins that trigger each other in a loop.
/// </summary>
public sealed record ExecutionScope(Actor Actor, string CorrelationId, int Depth)
{
    private static readonly AsyncLocal<ExecutionScope?> Ambient = new();

    public static ExecutionScope? Current => Ambient.Value;

    /// <summary>Runs <paramref name="work"/> with this scope as the ambient one, restoring the previous after.</summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> work)
    {
        var previous = Ambient.Value;
        Ambient.Value = this;
        try
        {
            return await work();
        }
        finally
        {
            Ambient.Value = previous;
        }
    }
}
