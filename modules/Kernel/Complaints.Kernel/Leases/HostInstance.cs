namespace Complaints.Kernel.Leases;

/// <summary>This running host, as leases name it: machine, process and a random part (a restarted process is another holder).</summary>
public sealed class HostInstance
{
    public string Id { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";
}
