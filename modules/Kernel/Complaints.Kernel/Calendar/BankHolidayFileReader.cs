using System.Text.Json;

namespace Complaints.Kernel.Calendar;

// Reads and checks a bank-holiday file. A wrong file would silently move every deadline, so anything doubtful is
// refused with the file and entry named, and the host refuses to start rather than run on bad dates.
internal static class BankHolidayFileReader
{
    private const string ExpectedDivision = "england-and-wales";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static BankHolidayCalendar Read(string json, string source)
    {
        var file = Deserialize(json, source);
        if (file.Division != ExpectedDivision)
            throw Invalid(source, $"division is {Quoted(file.Division)} but must be \"{ExpectedDivision}\"");
        if (file.Changes is not null && file.Events is not null)
            throw Invalid(source, "it has both changes and events; give changes to the standing rules or GOV.UK's events, not both");
        if (file.Changes is not null)
            return new BankHolidayCalendar(source, BankHolidayChanges.ApplyToRules(file.Changes, source));
        if (file.Events is null || file.Events.Count == 0)
            throw Invalid(source, "it lists no events (GOV.UK's shape) and no changes");
        return new BankHolidayCalendar(source, GovUkEvents(file.Events, source));
    }

    // GOV.UK's list carries every one-off of the years it covers but does not mark which entries are one-offs, so
    // those years are taken exactly as listed: the official list is never second-guessed by our rules. It says
    // nothing about other years, which keep the built-in data (the rules and the built-in changes), so pasting its
    // current file, which covers only recent years, does not lose an older one-off such as the 2012 jubilee.
    private static IEnumerable<BankHoliday> GovUkEvents(List<BankHolidayEventDto?> events, string source)
    {
        var listed = events.Select((entry, index) => ReadHoliday(entry?.Date, entry?.Title, $"events[{index}]", source)).ToList();
        RejectDuplicates(listed, source);
        RejectMissingYears(listed, source);
        var listedYears = listed.Select(holiday => holiday.Date.Year).ToHashSet();
        var builtIn = BankHolidayCalendar.LoadDefault();
        return listed.Concat(BankHolidayCalendar.SupportedYears.Where(year => !listedYears.Contains(year)).SelectMany(builtIn.HolidaysIn));
    }

    /// <summary>A day off as a file gives it: a real date in a supported year, a title, and a weekday.</summary>
    public static BankHoliday ReadHoliday(string? date, string? title, string where, string source)
    {
        var day = ReadDay(date, where, "date", source);
        if (string.IsNullOrWhiteSpace(title))
            throw Invalid(source, $"{where} ({date}) has no title");
        // A weekend entry means the substitute weekday was left out, which would make that weekday a working day.
        if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            throw Invalid(source, $"{where} ({date}, {title}) is a {day.DayOfWeek}; list the weekday it is observed on");
        return new BankHoliday(day, title);
    }

    public static DateOnly ReadDay(string? text, string where, string property, string source)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw Invalid(source, $"{where} has no {property}");
        if (!IsoDate.TryParse(text, out var day))
            throw Invalid(source, $"{where} has {property} \"{text}\", which is not a real yyyy-MM-dd date");
        if (!BankHolidayCalendar.Supports(day))
            throw Invalid(source, $"{where} has {property} {text}, outside the supported years " +
                $"{BankHolidayCalendar.FirstSupportedYear} to {BankHolidayCalendar.LastSupportedYear}");
        return day;
    }

    public static InvalidDataException Invalid(string source, string problem) =>
        new($"Bank-holiday file {source} is invalid: {problem}.");

    private static BankHolidayFileDto Deserialize(string json, string source)
    {
        try
        {
            return JsonSerializer.Deserialize<BankHolidayFileDto>(json, Options) ?? throw Invalid(source, "it is null");
        }
        catch (JsonException error)
        {
            throw new InvalidDataException($"Bank-holiday file {source} is not valid JSON: {error.Message}", error);
        }
    }

    private static void RejectDuplicates(List<BankHoliday> holidays, string source)
    {
        var repeated = holidays.GroupBy(holiday => holiday.Date).FirstOrDefault(group => group.Count() > 1);
        if (repeated is not null)
            throw Invalid(source, $"{IsoDate.Text(repeated.Key)} is listed {repeated.Count()} times");
    }

    // A gap inside GOV.UK's list means a broken paste; the rules would fill it, but not with the one-offs it lost.
    private static void RejectMissingYears(List<BankHoliday> holidays, string source)
    {
        var years = holidays.Select(holiday => holiday.Date.Year).ToHashSet();
        var (first, last) = (years.Min(), years.Max());
        var missing = Enumerable.Range(first, last - first + 1).Where(year => !years.Contains(year)).ToList();
        if (missing.Count > 0)
            throw Invalid(source, $"it covers {first} to {last} but lists nothing for {string.Join(", ", missing)}");
    }

    private static string Quoted(string? text) => text is null ? "missing" : $"\"{text}\"";
}
