using Complaints.Kernel.Calendar;

namespace Complaints.Kernel.Tests.Calendar;

// The worked examples in DOMAIN.md "Working days", exactly as written there.
public sealed class DomainExampleTests
{
    private static readonly WorkingDayCalendar Calendar = new(BankHolidayCalendar.LoadDefault());
    private static readonly TimeOnly FivePm = new(17, 0);
    private static readonly DateOnly Tuesday29Dec2026 = new(2026, 12, 29);

    [Fact]
    public void DueDate_WhenReceivedFriday18Dec2026AtTen_IsTuesday29Dec()
    {
        var receivedAt = new DateTimeOffset(2026, 12, 18, 10, 0, 0, TimeSpan.Zero);

        var due = Calendar.DueDate(receivedAt, workingDays: 5, FivePm);

        Assert.Equal(Tuesday29Dec2026, due);
    }

    [Fact]
    public void AddWorkingDays_FromFriday18Dec2026_CountsMon21ToThu24ThenTue29()
    {
        var from = new DateOnly(2026, 12, 18);

        var days = Enumerable.Range(1, 5).Select(n => Calendar.AddWorkingDays(from, n));

        Assert.Equal([new(2026, 12, 21), new(2026, 12, 22), new(2026, 12, 23), new(2026, 12, 24), Tuesday29Dec2026], days);
    }

    [Fact]
    public void DueDate_WhenReceivedSaturday19Dec2026_IsTuesday29Dec()
    {
        var receivedAt = new DateTimeOffset(2026, 12, 19, 11, 0, 0, TimeSpan.Zero);

        var due = Calendar.DueDate(receivedAt, workingDays: 5, FivePm);

        Assert.Equal(Tuesday29Dec2026, due);
    }

    [Fact]
    public void AddWorkingDays_FromSaturday19Dec2026_MakesMonday21DayOne()
    {
        var day1 = Calendar.AddWorkingDays(new DateOnly(2026, 12, 19), 1);

        Assert.Equal(new DateOnly(2026, 12, 21), day1);
    }

    [Fact]
    public void DueDate_WhenReceivedFriday18Dec2026At1730WithFivePmCutOff_IsTuesday29Dec()
    {
        var receivedAt = new DateTimeOffset(2026, 12, 18, 17, 30, 0, TimeSpan.Zero);

        var receiptDay = Calendar.ReceiptDay(receivedAt, FivePm);
        var due = Calendar.DueDate(receivedAt, workingDays: 5, FivePm);

        Assert.Equal(new DateOnly(2026, 12, 19), receiptDay);
        Assert.Equal(Tuesday29Dec2026, due);
    }
}
