using System.Collections;

namespace Complaints.Host.Api;

/// <summary>
/// What every log line of a call carries once the caller is known (actor, method, and the person a system acts for;
/// the correlation id is in <see cref="CorrelationScope"/>'s scope around it), as one small object rather than a
/// dictionary per call: this runs on every RPC.
/// </summary>
internal sealed class CallScope(string actor, string method, string? onBehalfOf = null) : IReadOnlyList<KeyValuePair<string, object?>>
{
    public int Count => 3;

    public KeyValuePair<string, object?> this[int index] => index switch
    {
        0 => new("Actor", actor),
        1 => new("Method", method),
        2 => new("OnBehalfOf", onBehalfOf),
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
            yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => onBehalfOf is null ? $"{method} {actor}" : $"{method} {actor} for {onBehalfOf}";
}
