namespace Complaints.Kernel.Calendar;

/// <summary>One England &amp; Wales bank holiday as a day off: the substitute weekday when the holiday itself is at a weekend.</summary>
public sealed record BankHoliday(DateOnly Date, string Title);
