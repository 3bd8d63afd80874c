using System.Security.Cryptography;
using System.Text.Json;
using Complaints.Kernel.Errors;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Kernel.Persistence;

/// <summary>
/// Replays of creates: the first result is kept under (message, key); the same request again gets that result, a
/// different request under the same key is ALREADY_EXISTS.
/// </summary>
public sealed class IdempotencyStore(KernelDbContext db, TimeProvider clock)
{
    public async Task<(bool Found, TResult? Result)> FindAsync<TResult>(string messageName, string key, string requestHash, CancellationToken cancellationToken)
    {
        var record = await db.IdempotencyRecords.AsNoTracking()
            .FirstOrDefaultAsync(r => r.MessageName == messageName && r.Key == key, cancellationToken);
        if (record is null)
            return (false, default);
        if (record.RequestHash != requestHash)
            throw new AlreadyExistsException(
                $"Idempotency key '{key}' was already used for a different {messageName} request; use a new key for a new request.");
        return (true, JsonSerializer.Deserialize<TResult>(record.ResultJson, KernelJson.Options));
    }

    public void Record<TResult>(string messageName, string key, string requestHash, TResult result) =>
        db.IdempotencyRecords.Add(new IdempotencyRecord
        {
            MessageName = messageName,
            Key = key,
            RequestHash = requestHash,
            ResultJson = JsonSerializer.Serialize(result, KernelJson.Options),
            CreatedAt = clock.GetUtcNow(),
        });

    /// <summary>A fingerprint of the request as the caller sent it.</summary>
    public static string Hash(object request) =>
        Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(request, request.GetType(), KernelJson.Options)));
}
