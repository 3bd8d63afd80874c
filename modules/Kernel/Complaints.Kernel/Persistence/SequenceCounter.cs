namespace Complaints.Kernel.Persistence;

/// <summary>A named counter for human-readable references (e.g. one per year for complaint references).</summary>
internal sealed class SequenceCounter
{
    public required string Name { get; init; }

    public long Value { get; set; }
}
