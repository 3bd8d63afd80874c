using System.Text.Json;
using System.Text.Json.Serialization;

namespace Complaints.Kernel.Persistence;

/// <summary>How the Kernel writes commands, results and events into its tables: stable, readable JSON.</summary>
public static class KernelJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };
}
