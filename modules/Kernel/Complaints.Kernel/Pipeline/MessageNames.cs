namespace Complaints.Kernel.Pipeline;

/// <summary>A command type's message name: <c>LogComplaintCommand</c> → <c>LogComplaint</c>.</summary>
public static class MessageNames
{
    private const string Suffix = "Command";

    public static string Of(Type commandType) =>
        commandType.Name.EndsWith(Suffix, StringComparison.Ordinal) ? commandType.Name[..^Suffix.Length] : commandType.Name;
}
