namespace Complaints.Kernel.Wire;

/// <summary>
/// Between a module's enum and its API's generated enum, by member name: the proto value <c>STAGE_STAGE1_PENDING</c>
/// is generated as <c>Stage1Pending</c>, the domain's name. Numbers never have to match, and a name missing on the
/// other side is an error at once (and in the table tests that pair every member), never a silent wrong value.
/// </summary>
public static class WireEnum
{
    public static TTo Map<TTo>(Enum value) where TTo : struct, Enum =>
        Enum.TryParse<TTo>(value.ToString(), ignoreCase: false, out var mapped) && Enum.IsDefined(mapped)
            ? mapped
            : throw new InvalidOperationException($"{value.GetType().Name}.{value} has no counterpart in {typeof(TTo).Name}.");

    /// <summary>A name as the domain records it (e.g. a transition's trigger "Log") to the API's enum; unspecified when unknown.</summary>
    public static TTo FromName<TTo>(string? name) where TTo : struct, Enum =>
        name is not null && !int.TryParse(name, out _) && Enum.TryParse<TTo>(name, ignoreCase: false, out var mapped) && Enum.IsDefined(mapped)
            ? mapped
            : default;
}
