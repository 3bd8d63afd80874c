using Complaints.Kernel.Calendar;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Complaints.Kernel.Tests.Calendar;

public sealed class BankHolidayCalendarTests
{
    // 2031 is beyond the built-in data, so a calendar that answers for it must have read this file.
    private const string ReplacementJson = """
        { "division": "england-and-wales", "events": [
          { "date": "2031-01-01", "title": "New Year’s Day" },
          { "date": "2031-06-10", "title": "Invented one-off holiday" } ] }
        """;

    [Fact]
    public void LoadFromFile_WithValidFile_UsesThatFileInsteadOfTheBuiltInData()
    {
        using var file = new TempJsonFile(ReplacementJson);

        var calendar = BankHolidayCalendar.LoadFromFile(file.Path);

        Assert.True(calendar.IsBankHoliday(new DateOnly(2031, 6, 10)));
        Assert.Equal((2031, 2031), (calendar.FirstYear, calendar.LastYear));
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

    [Fact]
    public void IsBankHoliday_WhenYearIsOutsideTheData_ThrowsNamingTheCoveredYears()
    {
        var error = Assert.Throws<InvalidOperationException>(() => BankHolidayCalendar.LoadDefault().IsBankHoliday(new DateOnly(2031, 1, 1)));

        Assert.Contains("2031-01-01", error.Message);
        Assert.Contains("covers only 2020 to 2030", error.Message);
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
