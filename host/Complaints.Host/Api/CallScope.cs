using System.Collections;

namespace Complaints.Host.Api;

/// <summary>
/// What every log line of a call carries (correlation id, actor, method, and the person a system acts for), as one
/// small object rather than a dictionary per call: this runs on every RPC.
/// </summary>
internal sealed class CallScope(string correlationId, string actor, string method, string? onBehalfOf = null) : IReadOnlyList<KeyValuePair<string, object?>>
{
    public int Count => 4;

    public KeyValuePair<string, object?> this[int index] => index switch
    {
        0 => new("CorrelationId", correlationId),
        1 => new("Actor", actor),
        2 => new("Method", method),
        3 => new("OnBehalfOf", onBehalfOf),
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
            yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => onBehalfOf is null ? $"{method} {correlationId} {actor}" : $"{method} {correlationId} {actor} for {onBehalfOf}";
}
