namespace Complaints.Kernel.Persistence;

/// <summary>One writer at a time, first come first served (SQLite's rule, kept in the process so no write waits at the database).</summary>
public sealed class WriterQueue
{
    private readonly SemaphoreSlim _turn = new(1, 1);

    /// <summary>Waits for the writer's turn; disposing the result ends it.</summary>
    public async Task<IDisposable> TakeTurnAsync(CancellationToken cancellationToken)
    {
        await _turn.WaitAsync(cancellationToken);
        return new Turn(_turn);
    }

    private sealed class Turn(SemaphoreSlim turn) : IDisposable
    {
        private int _ended;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _ended, 1) == 0)
                turn.Release();
        }
    }
}
