using Microsoft.Extensions.Logging;

namespace Complaints.EndToEnd.Tests.Events;

/// <summary>Counts the host's log entries, at any level, whose message holds <paramref name="text"/> (CapturedLogs keeps Information and above).</summary>
public sealed class LogCounter(string text) : ILoggerProvider
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public ILogger CreateLogger(string categoryName) => new Counting(this);

    public void Dispose()
    {
    }

    private sealed class Counting(LogCounter counter) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (formatter(state, exception).Contains(counter.Text, StringComparison.Ordinal))
                Interlocked.Increment(ref counter._count);
        }
    }

    private string Text => text;
}
