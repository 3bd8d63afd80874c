using Complaints.AccessApi.V1;
using Complaints.Kernel.Access;
using Complaints.Kernel.Errors;
using Complaints.Kernel.Pipeline;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Complaints.Host.Security;

/// <summary><c>complaints.access.v1.AccessService</c>: the administrator's API keys for systems.</summary>
internal sealed class AccessGrpcService(ApiKeyStore keys, PermissionTable permissions, CallerContext caller) : AccessService.AccessServiceBase
{
    public override async Task<IssueApiKeyResponse> IssueApiKey(IssueApiKeyRequest request, ServerCallContext context)
    {
        var unknown = request.Roles.Where(role => !permissions.PermissionsByRole.ContainsKey(role.Trim())).ToList();
        if (unknown.Count > 0)
            throw new ValidationException(new FieldViolation("roles",
                $"{string.Join(", ", unknown)} is not a role of the permission table (Authorization:Roles)"));
        var (key, secret) = await keys.IssueAsync(request.System, request.Roles, request.ExpiresAt?.ToDateTimeOffset(), caller.Actor.Id, context.CancellationToken);
        return new IssueApiKeyResponse { Key = Info(key), Secret = secret };
    }

    public override async Task<RotateApiKeyResponse> RotateApiKey(RotateApiKeyRequest request, ServerCallContext context)
    {
        var (key, secret, replaced) = await keys.RotateAsync(request.KeyId, TimeSpan.FromHours(request.OverlapHours), caller.Actor.Id, context.CancellationToken);
        return new RotateApiKeyResponse { Key = Info(key), Secret = secret, Replaced = Info(replaced) };
    }

    public override async Task<RevokeApiKeyResponse> RevokeApiKey(RevokeApiKeyRequest request, ServerCallContext context) =>
        new() { Key = Info(await keys.RevokeAsync(request.KeyId, request.Reason, caller.Actor.Id, context.CancellationToken)) };

    public override async Task<ListApiKeysResponse> ListApiKeys(ListApiKeysRequest request, ServerCallContext context) =>
        new() { Keys = { (await keys.ListAsync(context.CancellationToken)).Select(Info) } };

    private static ApiKeyInfo Info(ApiKey key)
    {
        var info = new ApiKeyInfo
        {
            KeyId = key.Id, System = key.System, Roles = { key.RoleList }, IssuedAt = Timestamp.FromDateTimeOffset(key.IssuedAt),
            IssuedBy = key.IssuedBy, ExpiresAt = Timestamp.FromDateTimeOffset(key.ExpiresAt), RevokedBy = key.RevokedBy ?? "",
            RevocationReason = key.RevocationReason ?? "", ReplacedBy = key.ReplacedBy ?? "", Active = key.IsActiveAt(DateTimeOffset.UtcNow),
        };
        if (key.RevokedAt is { } revoked)
            info.RevokedAt = Timestamp.FromDateTimeOffset(revoked);
        if (key.LastUsedAt is { } used)
            info.LastUsedAt = Timestamp.FromDateTimeOffset(used);
        return info;
    }
}
