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
        if (file.Events is null || file.Events.Count == 0)
            throw Invalid(source, "it lists no events");

        var holidays = file.Events.Select((entry, index) => ToHoliday(entry, $"events[{index}]", source)).ToList();
        RejectDuplicates(holidays, source);
        RejectMissingYears(holidays, source);
        return new BankHolidayCalendar(source, holidays);
    }

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

    private static BankHoliday ToHoliday(BankHolidayEventDto? entry, string where, string source)
    {
        if (string.IsNullOrWhiteSpace(entry?.Date))
            throw Invalid(source, $"{where} has no date");
        if (!IsoDate.TryParse(entry.Date, out var date))
            throw Invalid(source, $"{where} has date \"{entry.Date}\", which is not a real yyyy-MM-dd date");
        if (string.IsNullOrWhiteSpace(entry.Title))
            throw Invalid(source, $"{where} ({entry.Date}) has no title");
        // A weekend entry means the substitute weekday was left out, which would make that weekday a working day.
        if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            throw Invalid(source, $"{where} ({entry.Date}, {entry.Title}) is a {date.DayOfWeek}; list the weekday it is observed on");
        return new BankHoliday(date, entry.Title);
    }

    private static void RejectDuplicates(List<BankHoliday> holidays, string source)
    {
        var repeated = holidays.GroupBy(holiday => holiday.Date).FirstOrDefault(group => group.Count() > 1);
        if (repeated is not null)
            throw Invalid(source, $"{IsoDate.Text(repeated.Key)} is listed {repeated.Count()} times");
    }

    // A year inside the range with no entries would otherwise read as a year without bank holidays.
    private static void RejectMissingYears(List<BankHoliday> holidays, string source)
    {
        var years = holidays.Select(holiday => holiday.Date.Year).ToHashSet();
        var (first, last) = (years.Min(), years.Max());
        var missing = Enumerable.Range(first, last - first + 1).Where(year => !years.Contains(year)).ToList();
        if (missing.Count > 0)
            throw Invalid(source, $"it covers {first} to {last} but lists nothing for {string.Join(", ", missing)}");
    }

    private static string Quoted(string? text) => text is null ? "missing" : $"\"{text}\"";

    private static InvalidDataException Invalid(string source, string problem) =>
        new($"Bank-holiday file {source} is invalid: {problem}.");
}
