using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Complaints.Kernel.Persistence;

/// <summary>
/// A value kept whole in one text column as JSON, the same on SQLite and PostgreSQL: for details read back together
/// and never queried (a representative, a list of reasonable adjustments). Changes are seen by comparing the JSON.
/// </summary>
public static class JsonColumn
{
    public static PropertyBuilder<T> HasJsonConversion<T>(this PropertyBuilder<T> property)
    {
        property.HasConversion(
            value => JsonSerializer.Serialize(value, KernelJson.Options),
            json => JsonSerializer.Deserialize<T>(json, KernelJson.Options)!,
            new ValueComparer<T>(
                (left, right) => JsonSerializer.Serialize(left, KernelJson.Options) == JsonSerializer.Serialize(right, KernelJson.Options),
                value => JsonSerializer.Serialize(value, KernelJson.Options).GetHashCode(),
                value => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, KernelJson.Options), KernelJson.Options)!));
        return property;
    }
}
