using System.Globalization;

namespace Complaints.Kernel.Calendar;

// One date format for the data files and for every message about them, whatever the server's culture.
internal static class IsoDate
{
    private const string Format = "yyyy-MM-dd";

    public static bool TryParse(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static string Text(DateOnly date) => date.ToString(Format, CultureInfo.InvariantCulture);
}
