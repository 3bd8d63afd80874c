using System.Security.Cryptography;
using System.Text;

namespace Complaints.Kernel.Access;

/// <summary>
/// One call in the audit of access: who (and for whom), which RPC, read or change, how it ended, which records it
/// touched and which sensitive fields it returned. Entries are only ever appended; each carries the hash of the one
/// before, so an entry changed or removed afterwards breaks the chain at that point (<see cref="AuditTrail.VerifyAsync"/>).
/// </summary>
public sealed class AuditEntry
{
    /// <summary>1, 2, 3, … in the order written; part of the hash, so a removed entry leaves a gap the chain shows.</summary>
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public required string Actor { get; init; }

    public string? OnBehalfOf { get; init; }

    /// <summary>The RPC, e.g. <c>/complaints.intake.v1.IntakeService/GetComplaint</c>.</summary>
    public required string Method { get; init; }

    /// <summary><c>read</c> or <c>change</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>How the call ended: a gRPC status name (<c>OK</c>, <c>PermissionDenied</c>, …).</summary>
    public required string Outcome { get; init; }

    public required string CorrelationId { get; init; }

    /// <summary>The records touched, canonical: <c>type:key</c> pairs, sorted, separated by <c>;</c>.</summary>
    public required string Records { get; init; }

    /// <summary>The sensitive fields the answer carried (e.g. <c>Complaint.vulnerabilities</c>), sorted, comma-separated.</summary>
    public required string SensitiveFields { get; init; }

    /// <summary>What the call's handler asked the audit to keep: e.g. the values a rectification replaced, and why.</summary>
    public string? Detail { get; init; }

    public string PreviousHash { get; set; } = "";

    public string Hash { get; set; } = "";

    /// <summary>The records again, one row each, so an auditor can ask by record, resident or actor.</summary>
    public List<AuditRecord> RecordRows { get; set; } = [];

    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>SHA-256 over every field and the previous hash, hex.</summary>
    public string ComputeHash() => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f',
        Id.ToString(System.Globalization.CultureInfo.InvariantCulture), At.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Actor, OnBehalfOf ?? "", Method, Kind, Outcome, CorrelationId, Records, SensitiveFields, Detail ?? "", PreviousHash))));
}

/// <summary>A record an audited call touched: a complaint, award, conduct case, referral, or a resident by reference.</summary>
public sealed class AuditRecord
{
    public long EntryId { get; set; }

    public required string Type { get; init; }

    public required string Key { get; init; }
}
