namespace Complaints.EndToEnd.Tests.Fuzz;

/// <summary>
/// One call of the fuzz: the method, the field it is aimed at (its path, as field violations name it, or "(request)"),
/// the value's label, and what it may be answered with. The body is made when sent, so megabytes are not held.
/// </summary>
public sealed record Variant(ServedMethod Method, string Field, string Value, Expectation Expect, Func<byte[]> Body)
{
    public const string WholeRequest = "(request)";

    /// <summary>Sent by hand over HTTP/2 with a frame that announces more bytes than follow.</summary>
    public bool TruncatedFrame { get; init; }
}
