namespace Complaints.Kernel.Access;

/// <summary>
/// A key the product issued to a system (a housing management system, the finance system, another integration). Only
/// a hash of its secret is kept; the secret is shown once, when issued. Rotation issues a successor and lets the old
/// key run on for an overlap, so the system can switch without a gap; revocation ends a key at once.
/// </summary>
public sealed class ApiKey
{
    /// <summary>The public part of the key (<c>ck_…</c>), the prefix of the whole key, safe to show and log.</summary>
    public required string Id { get; init; }

    /// <summary>The system the key belongs to; it is the actor recorded on every change the key makes.</summary>
    public required string System { get; init; }

    /// <summary>The roles (scopes) the key holds, comma-separated; the permission table maps them to permissions.</summary>
    public required string Roles { get; init; }

    /// <summary>SHA-256 of the secret, hex. The secret is 256 random bits, so a salt or a slow hash would add nothing.</summary>
    public required string SecretHash { get; init; }

    public required DateTimeOffset IssuedAt { get; init; }

    public required string IssuedBy { get; init; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public string? RevokedBy { get; set; }

    public string? RevocationReason { get; set; }

    /// <summary>The key issued to replace this one, when it was rotated.</summary>
    public string? ReplacedBy { get; set; }

    public DateTimeOffset? LastUsedAt { get; set; }

    public IReadOnlyList<string> RoleList => Roles.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public bool IsActiveAt(DateTimeOffset now) => RevokedAt is null && now < ExpiresAt;
}
