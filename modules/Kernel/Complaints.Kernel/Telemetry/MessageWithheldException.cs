using System.Data.Common;
using System.Text;

namespace Complaints.Kernel.Telemetry;

/// <summary>
/// An exception as it may be logged: its type, database error code, stack trace and inner exceptions, but not its
/// message. Messages are written by whoever threw — a parser quoting the value it could not read, a provider quoting
/// a key — so they can carry what a resident told us; the type and the throw site are what an operator needs, and
/// the correlation id leads to the rest.
/// </summary>
public sealed class MessageWithheldException : Exception
{
    private readonly string? _stackTrace;

    private MessageWithheldException(Exception original)
        : base(Describe(original), original.InnerException is null ? null : From(original.InnerException))
    {
        OriginalType = original.GetType().FullName ?? original.GetType().Name;
        _stackTrace = original.StackTrace;
        HResult = original.HResult;
    }

    /// <summary>The type of the exception this stands for.</summary>
    public string OriginalType { get; }

    public override string? StackTrace => _stackTrace;

    public static MessageWithheldException From(Exception original) =>
        original as MessageWithheldException ?? new MessageWithheldException(original);

    public override string ToString()
    {
        var text = new StringBuilder(OriginalType).Append(": ").Append(Message);
        if (InnerException is not null)
            text.Append(Environment.NewLine).Append(" ---> ").Append(InnerException).Append(Environment.NewLine).Append("   --- End of inner exception stack trace ---");
        if (_stackTrace is not null)
            text.Append(Environment.NewLine).Append(_stackTrace);
        return text.ToString();
    }

    // A database's error code (e.g. PostgreSQL's 23505, unique violation) names the failure without quoting data.
    private static string Describe(Exception original) => original is DbException { SqlState: { Length: > 0 } state }
        ? $"[message withheld; SQLSTATE {state}]"
        : "[message withheld]";
}
