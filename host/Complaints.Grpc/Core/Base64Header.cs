namespace Complaints.Grpc;

/// <summary>
/// Binary header values are base64. Senders omit padding (the spec's recommendation); receivers must accept both.
/// </summary>
internal static class Base64Header
{
    public static string Encode(byte[] value) => Convert.ToBase64String(value).TrimEnd('=');

    public static byte[] Decode(string value)
    {
        var trimmed = value.Trim();
        var padding = (4 - trimmed.Length % 4) % 4;
        return Convert.FromBase64String(padding == 0 ? trimmed : trimmed + new string('=', padding));
    }
}
