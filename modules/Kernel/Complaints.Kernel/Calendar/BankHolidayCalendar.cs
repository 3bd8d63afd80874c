namespace Complaints.Kernel.Calendar;

/// <summary>England &amp; Wales bank holidays for a known range of whole years, from the built-in data or a replacement file.</summary>
public sealed class BankHolidayCalendar
{
    private const string DefaultResourceName = "Complaints.Kernel.Calendar.england-and-wales-bank-holidays.json";

    private static readonly Lazy<BankHolidayCalendar> BuiltIn = new(ReadBuiltIn);

    private readonly HashSet<DateOnly> dates;

    internal BankHolidayCalendar(string source, IEnumerable<BankHoliday> holidays)
    {
        Source = source;
        Holidays = holidays.OrderBy(holiday => holiday.Date).ToList();
        dates = Holidays.Select(holiday => holiday.Date).ToHashSet();
        FirstYear = Holidays[0].Date.Year;
        LastYear = Holidays[^1].Date.Year;
    }

    /// <summary>Where the data came from: the built-in resource or the file's path.</summary>
    public string Source { get; }

    public int FirstYear { get; }

    public int LastYear { get; }

    public IReadOnlyList<BankHoliday> Holidays { get; }

    /// <summary>The data built into this release.</summary>
    public static BankHolidayCalendar LoadDefault() => BuiltIn.Value;

    /// <summary>Data from a JSON file, so new years or new one-off holidays need no release.</summary>
    public static BankHolidayCalendar LoadFromFile(string path) =>
        BankHolidayFileReader.Read(File.ReadAllText(path), Path.GetFullPath(path));

    /// <summary>The file when a path is configured, otherwise the built-in data.</summary>
    public static BankHolidayCalendar Load(string? path) =>
        string.IsNullOrWhiteSpace(path) ? LoadDefault() : LoadFromFile(path);

    public bool Covers(DateOnly day) => day.Year >= FirstYear && day.Year <= LastYear;

    public bool IsBankHoliday(DateOnly day)
    {
        EnsureCovers(day);
        return dates.Contains(day);
    }

    // Outside the data a day would look like it has no holidays, quietly shortening deadlines; refuse instead.
    internal void EnsureCovers(DateOnly day)
    {
        if (!Covers(day))
            throw new InvalidOperationException(
                $"No bank-holiday data for {IsoDate.Text(day)}: the calendar ({Source}) covers only {FirstYear} to {LastYear}. " +
                $"Configure {CalendarServiceCollectionExtensions.BankHolidaysFileKey} with a file that includes {day.Year}.");
    }

    private static BankHolidayCalendar ReadBuiltIn()
    {
        using var stream = typeof(BankHolidayCalendar).Assembly.GetManifestResourceStream(DefaultResourceName)
            ?? throw new InvalidOperationException($"The built-in resource {DefaultResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return BankHolidayFileReader.Read(reader.ReadToEnd(), $"built-in {DefaultResourceName}");
    }
}
