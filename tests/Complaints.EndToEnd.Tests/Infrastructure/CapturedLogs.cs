using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Complaints.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Every log entry a running host writes — its message, its exception as a log shows it, and the values of the scopes
/// it was written in — kept so a test can say what a start or a call logged.
/// </summary>
public sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    public sealed record Entry(LogLevel Level, string Category, string Message)
    {
        /// <summary>The exception as a log writes it (<c>ToString()</c>), if any.</summary>
        public string? Exception { get; init; }

        /// <summary>Every scope value around the entry, innermost last, as text.</summary>
        public IReadOnlyList<KeyValuePair<string, string?>> Scopes { get; init; } = [];

        /// <summary>Everything a log sink could be given for this entry, as one text.</summary>
        public string AllText => string.Join('\n', [Category, Message, Exception ?? "", .. Scopes.Select(s => $"{s.Key}={s.Value}")]);
    }

    private readonly ConcurrentQueue<Entry> _entries = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<Entry> Entries => _entries.ToArray();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => logs._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
                return;
            var scopes = new List<KeyValuePair<string, string?>>();
            logs._scopes.ForEachScope((scope, list) =>
            {
                if (scope is IEnumerable<KeyValuePair<string, object?>> values)
                    list.AddRange(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value?.ToString())));
                else
                    list.Add(new KeyValuePair<string, string?>("", scope?.ToString()));
            }, scopes);
            logs._entries.Enqueue(new Entry(logLevel, category, formatter(state, exception)) { Exception = exception?.ToString(), Scopes = scopes });
        }
    }
}
