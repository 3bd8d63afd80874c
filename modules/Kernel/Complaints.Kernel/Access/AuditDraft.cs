using System.Text;

namespace Complaints.Kernel.Access;

/// <summary>What the API layer knows of a call when it ends; <see cref="AuditTrail"/> numbers and chains it.</summary>
public sealed record AuditDraft(
    DateTimeOffset At, string Actor, string? OnBehalfOf, string Method, string Kind, string Outcome, string CorrelationId,
    IReadOnlyCollection<(string Type, string Key)> Records, IReadOnlyCollection<string> SensitiveFields, string? Detail = null)
{
    public AuditEntry ToEntry()
    {
        // Keys come from requests the API may yet refuse: one that no record could have (too long, or holding a control
        // character) names nothing and is not kept; what the caller states about itself is cut to fit.
        var records = Records.Where(r => IsKey(r.Key)).Distinct().OrderBy(r => r.Type, StringComparer.Ordinal).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();
        return new AuditEntry
        {
            // Providers keep instants to different precisions (SQLite here to 100 µs, PostgreSQL to 1 µs): the instant is
            // cut to the millisecond before it is hashed, so it reads back exactly as hashed everywhere.
            At = new DateTimeOffset(At.UtcTicks - At.UtcTicks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero),
            Actor = Clean(Actor), OnBehalfOf = OnBehalfOf is null ? null : Clean(OnBehalfOf), Method = Method, Kind = Kind, Outcome = Outcome,
            CorrelationId = Clean(CorrelationId),
            Records = string.Join(';', records.Select(r => $"{r.Type}:{r.Key}")),
            SensitiveFields = string.Join(',', SensitiveFields.Distinct().Order(StringComparer.Ordinal)),
            Detail = Detail,
            RecordRows = records.Select(r => new AuditRecord { Type = r.Type, Key = r.Key }).ToList(),
        };
    }

    /// <summary>The longest key the API accepts (an id or reference: 100 characters).</summary>
    public const int MaxKeyLength = 100;

    /// <summary>Ids and references are short, printable and within the Basic Multilingual Plane.</summary>
    private static bool IsKey(string key) => key.Length <= MaxKeyLength && !key.Any(c => char.IsControl(c) || char.IsSurrogate(c));

    private static string Clean(string value)
    {
        var clean = string.Concat(value.EnumerateRunes().Where(r => !Rune.IsControl(r)).Take(MaxKeyLength).Select(r => r.ToString()));
        return clean.Length > 0 ? clean : "(none)";
    }
}
