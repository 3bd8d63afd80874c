namespace Complaints.Kernel.Leases;

/// <summary>
/// A named right to do something that only one host may do at a time (run a sweep, extend the audit chain), held
/// by one host until <see cref="ExpiresAt"/>: a host that dies holding it loses it when it expires, and a survivor takes it.
/// Table <c>kernel_leases</c>.
/// </summary>
public sealed class Lease
{
    public required string Name { get; init; }

    /// <summary>The host holding it (<see cref="HostInstance.Id"/>); empty when never taken.</summary>
    public string Holder { get; set; } = "";

    public DateTimeOffset ExpiresAt { get; set; }
}
