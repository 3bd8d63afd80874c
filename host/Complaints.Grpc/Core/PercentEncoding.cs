using System.Text;

namespace Complaints.Grpc;

/// <summary>
/// The encoding of <c>grpc-message</c>: UTF-8 bytes, with everything outside printable ASCII (and '%' itself)
/// written as %XX. Decoding is lenient, as the spec asks: a malformed escape is kept as it is.
/// </summary>
public static class PercentEncoding
{
    public static string Encode(string value)
    {
        if (!NeedsEncoding(value))
            return value;
        var builder = new StringBuilder(value.Length * 2);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            if (b is >= 0x20 and <= 0x7E && b != '%')
                builder.Append((char)b);
            else
                builder.Append('%').Append(b.ToString("X2"));
        }
        return builder.ToString();
    }

    public static string Decode(string value)
    {
        if (!value.Contains('%'))
            return value;
        var bytes = new List<byte>(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '%' && i + 2 < value.Length
                && Uri.IsHexDigit(value[i + 1]) && Uri.IsHexDigit(value[i + 2]))
            {
                bytes.Add(Convert.ToByte(value.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(value[i].ToString()));
            }
        }
        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    private static bool NeedsEncoding(string value)
    {
        foreach (var c in value)
        {
            if (c is < (char)0x20 or > (char)0x7E or '%')
                return true;
        }
        return false;
    }
}
