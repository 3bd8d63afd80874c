using System.Security.Cryptography;
using System.Text;

namespace Complaints.Kernel.Access;

/// <summary>
/// The shape of a key as a system holds it: <c>ck_&lt;id&gt;.&lt;secret&gt;</c>. The id finds the stored key; the
/// secret is compared by its hash, in constant time.
/// </summary>
public static class ApiKeySecret
{
    public const string Prefix = "ck_";

    public static (string Id, string Secret, string Hash) Generate()
    {
        var id = Prefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        return (id, secret, Hash(secret));
    }

    public static string Compose(string id, string secret) => $"{id}.{secret}";

    /// <summary>Splits a presented key; false when it is not one of ours in shape.</summary>
    public static bool TryParse(string presented, out string id, out string secret)
    {
        (id, secret) = ("", "");
        var dot = presented.IndexOf('.');
        if (!presented.StartsWith(Prefix, StringComparison.Ordinal) || dot <= Prefix.Length || dot == presented.Length - 1 || presented.Length > 200)
            return false;
        (id, secret) = (presented[..dot], presented[(dot + 1)..]);
        return true;
    }

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public static bool Matches(string secret, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(secret)), Encoding.ASCII.GetBytes(storedHash));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
