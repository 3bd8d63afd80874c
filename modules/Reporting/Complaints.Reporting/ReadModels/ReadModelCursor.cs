namespace Complaints.Reporting.ReadModels;

/// <summary>How far the read models have applied the event log (table <c>reporting_cursor</c>, one row).</summary>
internal sealed class ReadModelCursor
{
    public const string ReadModels = "read-models";

    public required string Name { get; init; }

    /// <summary>The last event applied; 0 before the first and after a rebuild.</summary>
    public long EventId { get; set; }
}
