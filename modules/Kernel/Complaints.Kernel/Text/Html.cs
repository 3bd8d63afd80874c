namespace Complaints.Kernel.Text;

/// <summary>HTML documents the product writes (letters, evidence packs).</summary>
public static class Html
{
    /// <summary>Only the markup characters: pages are UTF-8, so "£" and accented names stay as they are.</summary>
    public static string Encode(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal)
        .Replace("'", "&#39;", StringComparison.Ordinal);
}
