namespace Complaints.Kernel.Calendar;

// Strings rather than DateOnly so a bad date is reported with its position and value, not as a bare JSON error.
internal sealed class BankHolidayEventDto
{
    public string? Date { get; init; }

    public string? Title { get; init; }
}
