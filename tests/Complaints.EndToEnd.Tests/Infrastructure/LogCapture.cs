using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Complaints.EndToEnd.Tests.Infrastructure;

/// <summary>Keeps every log line a host writes at <see cref="LogLevel.Warning"/> or above, with its category.</summary>
public sealed class LogCapture : ILoggerProvider
{
    public ConcurrentQueue<(LogLevel Level, string Category, string Message)> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
                capture.Lines.Enqueue((logLevel, category, formatter(state, exception)));
        }
    }
}
