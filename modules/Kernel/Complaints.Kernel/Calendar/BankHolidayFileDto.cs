namespace Complaints.Kernel.Calendar;

// Either our own shape, "changes" to the standing rules, or GOV.UK's bank-holidays.json "england-and-wales" object
// ("events", every holiday of the years it lists), so its published data can be pasted in as it stands; properties
// we do not use (notes, bunting) are ignored.
internal sealed class BankHolidayFileDto
{
    public string? Division { get; init; }

    public List<BankHolidayChangeDto?>? Changes { get; init; }

    public List<BankHolidayEventDto?>? Events { get; init; }
}
