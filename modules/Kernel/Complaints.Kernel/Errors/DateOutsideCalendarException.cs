using System.Globalization;

namespace Complaints.Kernel.Errors;

/// <summary>A date the working-day calendar cannot count from or to, so no deadline can be given (INVALID_ARGUMENT).</summary>
/// <remarks>The calendar does not know which request field the date came from; a caller that does checks
/// <c>WorkingDayCalendar.Supports</c> first and throws a <see cref="ValidationException"/> naming the field.</remarks>
public sealed class DateOutsideCalendarException(DateOnly date, int firstYear, int lastYear)
    : ComplaintsException(
        $"{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} is outside the working-day calendar, which covers {firstYear} to {lastYear}.")
{
    public DateOnly Date { get; } = date;

    public int FirstYear { get; } = firstYear;

    public int LastYear { get; } = lastYear;
}
