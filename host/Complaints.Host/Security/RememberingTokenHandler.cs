using Microsoft.Extensions.Caching.Memory;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Complaints.Host.Security;

/// <summary>
/// JwtBearer's token handler, remembering tokens it has validated: an integration sends the same token on every call
/// until it expires, and checking its RSA signature each time was most of a small call's cost (measured: GetInfo at
/// 0.24× the minimal server with a check per call). A token is remembered until it expires, for five minutes at most
/// (so a key the provider withdraws stops being trusted within five minutes), and only when it was valid.
/// </summary>
internal sealed class RememberingTokenHandler : JsonWebTokenHandler
{
    private static readonly TimeSpan AtMost = TimeSpan.FromMinutes(5);

    private readonly MemoryCache _validated = new(new MemoryCacheOptions { SizeLimit = 10_000 });

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        if (_validated.TryGetValue(token, out TokenValidationResult? remembered) && remembered is not null)
            return remembered;
        var result = await base.ValidateTokenAsync(token, validationParameters);
        if (result.IsValid && result.SecurityToken is { ValidTo: var validTo })
        {
            var until = new DateTimeOffset(DateTime.SpecifyKind(validTo, DateTimeKind.Utc));
            var cap = DateTimeOffset.UtcNow + AtMost;
            _validated.Set(token, result, new MemoryCacheEntryOptions { AbsoluteExpiration = until < cap ? until : cap, Size = 1 });
        }
        return result;
    }
}
