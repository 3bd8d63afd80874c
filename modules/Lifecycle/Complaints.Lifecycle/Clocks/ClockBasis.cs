using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Complaints.Kernel.Calendar;
using Complaints.Lifecycle.Policy;
using Microsoft.Extensions.Options;

namespace Complaints.Lifecycle.Clocks;

/// <summary>
/// A fingerprint of what stored clock thresholds depend on besides the history: the lifecycle policy (timescales,
/// cut-off, the due-soon window) and the bank holidays. A new profile or holiday file changes it, and the start-up
/// backfill works the thresholds out again for every case stored under another.
/// </summary>
internal sealed class ClockBasis(IOptions<LifecyclePolicy> policy, BankHolidayCalendar bankHolidays)
{
    private readonly Lazy<string> _value = new(() => Fingerprint(policy.Value, bankHolidays));

    public string Value => _value.Value;

    private static string Fingerprint(LifecyclePolicy policy, BankHolidayCalendar bankHolidays)
    {
        var text = new StringBuilder(JsonSerializer.Serialize(policy));
        for (var year = BankHolidayCalendar.FirstSupportedYear; year <= BankHolidayCalendar.LastSupportedYear; year++)
            foreach (var holiday in bankHolidays.HolidaysIn(year))
                text.Append(';').Append(holiday.Date.DayNumber);
        // Sixteen bytes are plenty to tell configurations apart; the column stays short.
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())), 0, 16);
    }
}
