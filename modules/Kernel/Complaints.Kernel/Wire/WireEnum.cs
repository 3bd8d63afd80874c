using System.Collections.Concurrent;

namespace Complaints.Kernel.Wire;

/// <summary>
/// Between a module's enum and its API's generated enum, by member name: the proto value <c>STAGE_STAGE1_PENDING</c>
/// is generated as <c>Stage1Pending</c>, the domain's name. Numbers never have to match, and a name missing on the
/// other side is an error at once (and in the table tests that pair every member), never a silent wrong value.
/// Each pair is worked out once: replies map every stage and trigger they show, on every read.
/// </summary>
public static class WireEnum
{
    public static TTo Map<TTo>(Enum value) where TTo : struct, Enum =>
        Pairs<TTo>.ByValue.GetOrAdd(value, static from =>
            Enum.TryParse<TTo>(from.ToString(), ignoreCase: false, out var mapped) && Enum.IsDefined(mapped)
                ? mapped
                : throw new InvalidOperationException($"{from.GetType().Name}.{from} has no counterpart in {typeof(TTo).Name}."));

    /// <summary>A name as the domain records it (e.g. a transition's trigger "Log") to the API's enum; unspecified when unknown.</summary>
    public static TTo FromName<TTo>(string? name) where TTo : struct, Enum
    {
        if (name is null)
            return default;
        if (Pairs<TTo>.ByName.TryGetValue(name, out var known))
            return known;
        if (int.TryParse(name, out _) || !Enum.TryParse<TTo>(name, ignoreCase: false, out var mapped) || !Enum.IsDefined(mapped))
            return default; // not remembered: a caller's unknown values must not grow the cache
        return Pairs<TTo>.ByName.GetOrAdd(name, mapped);
    }

    private static class Pairs<TTo> where TTo : struct, Enum
    {
        public static readonly ConcurrentDictionary<Enum, TTo> ByValue = new();

        // Only names that are members are kept, so this holds at most one entry per member.
        public static readonly ConcurrentDictionary<string, TTo> ByName = new(StringComparer.Ordinal);
    }
}
