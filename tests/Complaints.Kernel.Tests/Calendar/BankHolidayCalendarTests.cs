using Complaints.Kernel.Calendar;
using Complaints.Kernel.Errors;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Complaints.Kernel.Tests.Calendar;

public sealed class BankHolidayCalendarTests
{
    // No rule or built-in change makes 10 June 2031 a holiday, so a calendar that says it is one must have read this file.
    private const string ReplacementJson = """
        { "division": "england-and-wales", "changes": [
          { "date": "2031-06-10", "title": "Invented one-off holiday" } ] }
        """;

    [Fact]
    public void LoadFromFile_WithValidFile_UsesThatFileInsteadOfTheBuiltInData()
    {
        using var file = new TempJsonFile(ReplacementJson);

        var calendar = BankHolidayCalendar.LoadFromFile(file.Path);

        Assert.True(calendar.IsBankHoliday(new DateOnly(2031, 6, 10)));
        Assert.False(BankHolidayCalendar.LoadDefault().IsBankHoliday(new DateOnly(2031, 6, 10)));
        Assert.Equal(file.Path, calendar.Source);
    }

    [Fact]
    public void LoadFromFile_WhenFileDoesNotExist_ThrowsNamingThePath()
    {
        var path = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.json");

        var error = Assert.Throws<FileNotFoundException>(() => BankHolidayCalendar.LoadFromFile(path));

        Assert.Contains(path, error.Message);
    }

    [Fact]
    public void Load_WhenNoPathIsConfigured_UsesTheBuiltInData()
    {
        var calendar = BankHolidayCalendar.Load(path: " ");

        Assert.Same(BankHolidayCalendar.LoadDefault(), calendar);
    }

    [Theory]
    [InlineData("1977-12-30")]
    [InlineData("2201-01-01")]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    public void IsBankHoliday_WhenOutsideTheSupportedYears_ThrowsNamingTheDayAndTheYears(string day)
    {
        var error = Assert.Throws<DateOutsideCalendarException>(() => BankHolidayCalendar.LoadDefault().IsBankHoliday(DateOnly.Parse(day)));

        Assert.Equal((DateOnly.Parse(day), 1978, 2200), (error.Date, error.FirstYear, error.LastYear));
        Assert.Equal($"{day} is outside the working-day calendar, which covers 1978 to 2200.", error.Message);
    }

    [Theory]
    [InlineData("1977-12-31", false)]
    [InlineData("1978-01-01", true)]
    [InlineData("2200-12-31", true)]
    [InlineData("2201-01-01", false)]
    public void Supports_AtTheEdgesOfTheRange_IsTrueOnlyInside(string day, bool supported)
    {
        Assert.Equal(supported, BankHolidayCalendar.Supports(DateOnly.Parse(day)));
    }

    [Fact]
    public void IsBankHoliday_BeyondTheOldBuiltInData_AnswersFromTheRules()
    {
        var calendar = BankHolidayCalendar.LoadDefault();

        Assert.True(calendar.IsBankHoliday(new DateOnly(2031, 1, 1)));
        Assert.False(calendar.IsBankHoliday(new DateOnly(2031, 1, 2)));
    }

    [Fact]
    public void AddWorkingDayCalendar_WhenConfiguredWithAFile_RegistersCalendarsReadFromIt()
    {
        using var file = new TempJsonFile(ReplacementJson);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [CalendarServiceCollectionExtensions.BankHolidaysFileKey] = file.Path })
            .Build();

        using var provider = new ServiceCollection().AddWorkingDayCalendar(configuration).BuildServiceProvider();

        Assert.False(provider.GetRequiredService<WorkingDayCalendar>().IsWorkingDay(new DateOnly(2031, 6, 10)));
        Assert.Equal(file.Path, provider.GetRequiredService<BankHolidayCalendar>().Source);
    }

    [Fact]
    public void AddWorkingDayCalendar_WhenNothingIsConfigured_RegistersTheBuiltInData()
    {
        var configuration = new ConfigurationBuilder().Build();

        using var provider = new ServiceCollection().AddWorkingDayCalendar(configuration).BuildServiceProvider();

        Assert.Same(BankHolidayCalendar.LoadDefault(), provider.GetRequiredService<BankHolidayCalendar>());
    }
}
