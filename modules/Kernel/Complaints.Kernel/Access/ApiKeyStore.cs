using Complaints.Kernel.Errors;
using Complaints.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Complaints.Kernel.Access;

/// <summary>Issues, rotates, revokes and checks the API keys systems call with (table <c>kernel_api_keys</c>).</summary>
public sealed class ApiKeyStore(KernelDbContext db, TimeProvider clock, IOptions<ApiKeyOptions> options)
{
    public async Task<(ApiKey Key, string Secret)> IssueAsync(
        string system, IReadOnlyCollection<string> roles, DateTimeOffset? expiresAt, string issuedBy, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var violations = new List<FieldViolation>();
        if (string.IsNullOrWhiteSpace(system))
            violations.Add(new("system", "must name the system the key is for"));
        if (roles.Count == 0 || roles.Any(string.IsNullOrWhiteSpace))
            violations.Add(new("roles", "must name at least one role, none of them empty"));
        var expiry = expiresAt ?? now + options.Value.DefaultLifetime;
        if (expiry <= now)
            violations.Add(new("expires_at", "must be in the future"));
        else if (expiry > now + options.Value.MaxLifetime)
            violations.Add(new("expires_at", $"must be within {options.Value.MaxLifetime.TotalDays:0} days (ApiKeys:MaxLifetime)"));
        if (violations.Count > 0)
            throw new ValidationException([.. violations]);

        var (id, secret, hash) = ApiKeySecret.Generate();
        var key = new ApiKey
        {
            Id = id, System = system.Trim(), Roles = string.Join(',', roles.Select(r => r.Trim()).Distinct()), SecretHash = hash,
            IssuedAt = now, IssuedBy = issuedBy, ExpiresAt = expiry,
        };
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return (key, ApiKeySecret.Compose(id, secret));
    }

    /// <summary>A successor with the same system and roles; the old key runs on for <paramref name="overlap"/> at most.</summary>
    public async Task<(ApiKey Key, string Secret, ApiKey Replaced)> RotateAsync(string id, TimeSpan overlap, string by, CancellationToken cancellationToken)
    {
        var old = await GetAsync(id, cancellationToken);
        var now = clock.GetUtcNow();
        if (!old.IsActiveAt(now))
            throw new RuleViolationException($"API key {id} is {(old.RevokedAt is null ? "expired" : "revoked")}: issue a new key instead of rotating it.");
        if (old.ReplacedBy is not null)
            throw new RuleViolationException($"API key {id} was already rotated; its successor is {old.ReplacedBy}.");
        if (overlap < TimeSpan.Zero || overlap > options.Value.MaxRotationOverlap)
            throw new ValidationException(new FieldViolation("overlap", $"must be between 0 and {options.Value.MaxRotationOverlap} (ApiKeys:MaxRotationOverlap)"));
        var (successor, secret) = await IssueAsync(old.System, old.RoleList, now + (old.ExpiresAt - old.IssuedAt), by, cancellationToken);
        old.ReplacedBy = successor.Id;
        if (now + overlap < old.ExpiresAt)
            old.ExpiresAt = now + overlap;
        await db.SaveChangesAsync(cancellationToken);
        return (successor, secret, old);
    }

    public async Task<ApiKey> RevokeAsync(string id, string reason, string by, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason))
            throw new ValidationException(new FieldViolation("reason", "must say why the key is revoked"));
        var key = await GetAsync(id, cancellationToken);
        if (key.RevokedAt is not null)
            return key; // revoking twice changes nothing: the first revocation stands
        (key.RevokedAt, key.RevokedBy, key.RevocationReason) = (clock.GetUtcNow(), by, reason.Trim());
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }

    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken) =>
        await db.ApiKeys.AsNoTracking().OrderBy(k => k.System).ThenBy(k => k.IssuedAt).ToListAsync(cancellationToken);

    /// <summary>
    /// The active key a presented value names, or null. Its last use is written at most once a minute, so a busy
    /// integration does not turn every read into a write.
    /// </summary>
    public async Task<ApiKey?> AuthenticateAsync(string presented, CancellationToken cancellationToken)
    {
        if (!ApiKeySecret.TryParse(presented, out var id, out var secret))
            return null;
        var key = await db.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Id == id, cancellationToken);
        var now = clock.GetUtcNow();
        if (key is null || !ApiKeySecret.Matches(secret, key.SecretHash) || !key.IsActiveAt(now))
            return null;
        if (key.LastUsedAt is null || now - key.LastUsedAt > TimeSpan.FromMinutes(1))
        {
            await db.ApiKeys.Where(k => k.Id == id).ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, now), cancellationToken);
            key.LastUsedAt = now;
        }
        return key;
    }

    private async Task<ApiKey> GetAsync(string id, CancellationToken cancellationToken) =>
        await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == id, cancellationToken) ?? throw new NotFoundException("API key", id);
}

/// <summary>How long keys live (<c>ApiKeys</c> section).</summary>
public sealed class ApiKeyOptions
{
    public TimeSpan DefaultLifetime { get; set; } = TimeSpan.FromDays(365);

    public TimeSpan MaxLifetime { get; set; } = TimeSpan.FromDays(730);

    public TimeSpan MaxRotationOverlap { get; set; } = TimeSpan.FromDays(30);
}
