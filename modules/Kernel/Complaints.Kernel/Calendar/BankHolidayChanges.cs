namespace Complaints.Kernel.Calendar;

// Applies a file's one-off changes to the rule-made days of every supported year. A move names the rule-made day it
// replaces rather than leaving the reader to guess, so a mistyped change is refused instead of leaving both days off.
internal static class BankHolidayChanges
{
    public static List<BankHoliday> ApplyToRules(IReadOnlyList<BankHolidayChangeDto?> entries, string source)
    {
        var changes = entries.Select((entry, index) => Read(entry, $"changes[{index}]", source)).ToList();
        var ruleMade = BankHolidayCalendar.SupportedYears.SelectMany(BankHolidayRules.For).ToDictionary(holiday => holiday.Date);
        var holidays = new Dictionary<DateOnly, BankHoliday>(ruleMade);
        // Every replaced day goes before any day is added, so one change may add the day another frees.
        foreach (var (where, _, replaced) in changes.Where(change => change.Replaces is not null))
        {
            if (!ruleMade.ContainsKey(replaced!.Value))
                throw BankHolidayFileReader.Invalid(source, $"{where} replaces {IsoDate.Text(replaced.Value)}, which is not a bank holiday by the standing rules");
            if (!holidays.Remove(replaced.Value))
                throw BankHolidayFileReader.Invalid(source, $"{where} replaces {IsoDate.Text(replaced.Value)}, which an earlier change already replaces");
        }

        foreach (var (where, added, _) in changes.Where(change => change.Added is not null))
        {
            if (!holidays.TryAdd(added!.Date, added))
                throw BankHolidayFileReader.Invalid(source, $"{where} adds {IsoDate.Text(added.Date)}, which is already a bank holiday ({holidays[added.Date].Title})");
        }

        return holidays.Values.ToList();
    }

    private static Change Read(BankHolidayChangeDto? entry, string where, string source)
    {
        var (date, replaces) = (entry?.Date, entry?.Replaces);
        if (string.IsNullOrWhiteSpace(date) && string.IsNullOrWhiteSpace(replaces))
            throw BankHolidayFileReader.Invalid(source, $"{where} has neither a date it adds nor a day it replaces");
        var added = string.IsNullOrWhiteSpace(date) ? null : BankHolidayFileReader.ReadHoliday(date, entry?.Title, where, source);
        DateOnly? replaced = string.IsNullOrWhiteSpace(replaces) ? null : BankHolidayFileReader.ReadDay(replaces, where, "replaces", source);
        return new Change(where, added, replaced);
    }

    private sealed record Change(string Where, BankHoliday? Added, DateOnly? Replaces);
}
