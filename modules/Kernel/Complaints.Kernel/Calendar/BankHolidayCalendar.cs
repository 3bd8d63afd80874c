using System.Collections.Frozen;
using Complaints.Kernel.Errors;

namespace Complaints.Kernel.Calendar;

/// <summary>England &amp; Wales bank holidays for every supported year: the standing rules plus the file's one-off changes.</summary>
public sealed class BankHolidayCalendar
{
    /// <summary>The first year all of today's standing rules applied (the early May bank holiday began in 1978).</summary>
    /// <remarks>Earlier years had other rules (Whit Monday, the first Monday of August, no New Year's Day), which the
    /// calendar does not model; it refuses them rather than answer wrongly.</remarks>
    public const int FirstSupportedYear = 1978;

    /// <summary>Far beyond any complaint's life: a later date is a slip such as 9999, not a deadline.</summary>
    public const int LastSupportedYear = 2200;

    private const string DefaultResourceName = "Complaints.Kernel.Calendar.england-and-wales-bank-holidays.json";

    private static readonly Lazy<BankHolidayCalendar> BuiltIn = new(ReadBuiltIn);

    private readonly FrozenSet<DateOnly> dates;
    private readonly IReadOnlyList<BankHoliday>[] byYear;

    // Every supported year is worked out once, here (a couple of thousand days), because the calendar is asked about
    // every day of every clock calculation: after this each question is one set look-up.
    internal BankHolidayCalendar(string source, IEnumerable<BankHoliday> holidays)
    {
        Source = source;
        var all = holidays.ToList();
        var lookup = all.ToLookup(holiday => holiday.Date.Year);
        byYear = SupportedYears.Select(year => (IReadOnlyList<BankHoliday>)lookup[year].OrderBy(holiday => holiday.Date).ToList()).ToArray();
        dates = all.Select(holiday => holiday.Date).ToFrozenSet();
    }

    /// <summary>Where the data came from: the built-in resource or the file's path.</summary>
    public string Source { get; }

    internal static IEnumerable<int> SupportedYears => Enumerable.Range(FirstSupportedYear, LastSupportedYear - FirstSupportedYear + 1);

    /// <summary>The rules with the one-off changes built into this release.</summary>
    public static BankHolidayCalendar LoadDefault() => BuiltIn.Value;

    /// <summary>Changes (or GOV.UK's full list) from a JSON file, so a newly proclaimed holiday needs no release.</summary>
    public static BankHolidayCalendar LoadFromFile(string path) =>
        BankHolidayFileReader.Read(File.ReadAllText(path), Path.GetFullPath(path));

    /// <summary>The file when a path is configured, otherwise the built-in data.</summary>
    public static BankHolidayCalendar Load(string? path) =>
        string.IsNullOrWhiteSpace(path) ? LoadDefault() : LoadFromFile(path);

    /// <summary>Whether <paramref name="day"/> is in a year the calendar can answer for.</summary>
    public static bool Supports(DateOnly day) => day.Year is >= FirstSupportedYear and <= LastSupportedYear;

    /// <summary>Throws <see cref="DateOutsideCalendarException"/> for a day outside the supported years.</summary>
    public bool IsBankHoliday(DateOnly day) => dates.Contains(EnsureSupported(day));

    /// <summary>The days off in <paramref name="year"/>, in date order.</summary>
    public IReadOnlyList<BankHoliday> HolidaysIn(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, FirstSupportedYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, LastSupportedYear);
        return byYear[year - FirstSupportedYear];
    }

    // Outside the supported years a day would look like it has no holidays, quietly shortening deadlines; refuse instead.
    internal static DateOnly EnsureSupported(DateOnly day) =>
        Supports(day) ? day : throw new DateOutsideCalendarException(day, FirstSupportedYear, LastSupportedYear);

    private static BankHolidayCalendar ReadBuiltIn()
    {
        using var stream = typeof(BankHolidayCalendar).Assembly.GetManifestResourceStream(DefaultResourceName)
            ?? throw new InvalidOperationException($"The built-in resource {DefaultResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return BankHolidayFileReader.Read(reader.ReadToEnd(), $"built-in {DefaultResourceName}");
    }
}
