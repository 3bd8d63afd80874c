namespace Complaints.Kernel.Calendar;

// The file's shape is GOV.UK's bank-holidays.json "england-and-wales" object, so its published data can be pasted in
// as it stands; properties we do not use (notes, bunting) are ignored.
internal sealed class BankHolidayFileDto
{
    public string? Division { get; init; }

    public List<BankHolidayEventDto?>? Events { get; init; }
}
