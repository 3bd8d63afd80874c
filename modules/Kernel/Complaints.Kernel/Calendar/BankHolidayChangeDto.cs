namespace Complaints.Kernel.Calendar;

// One proclaimed change to the standing rules: a day added (date), a rule-made day moved (date and replaces) or
// cancelled (replaces alone). Strings, like the events, so a bad date is reported with its position and value.
internal sealed class BankHolidayChangeDto
{
    public string? Date { get; init; }

    public string? Title { get; init; }

    public string? Replaces { get; init; }
}
