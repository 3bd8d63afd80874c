namespace Complaints.Kernel.Tests.StateMachine;

/// <summary>The context guards read and actions write to: the machine itself holds nothing per complaint.</summary>
public sealed class SampleComplaint
{
    public bool IsComplaint { get; init; } = true;

    public bool FindingsRecorded { get; init; } = true;

    public bool ExtensionUsed { get; init; }

    public List<string> Journal { get; } = [];

    /// <summary>Every guard of the sample machine passes.</summary>
    public static SampleComplaint Permissive() => new();

    /// <summary>Every guard of the sample machine that can refuse does.</summary>
    public static SampleComplaint Restrictive() => new() { IsComplaint = false, FindingsRecorded = false, ExtensionUsed = true };

    public override string ToString() =>
        $"{{ IsComplaint = {IsComplaint}, FindingsRecorded = {FindingsRecorded}, ExtensionUsed = {ExtensionUsed} }}";
}
