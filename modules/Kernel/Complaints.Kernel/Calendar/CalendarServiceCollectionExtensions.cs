using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Complaints.Kernel.Calendar;

/// <summary>Registers the bank-holiday and working-day calendars as singletons.</summary>
public static class CalendarServiceCollectionExtensions
{
    /// <summary>Configuration key for a bank-holiday JSON file (changes to the rules, or GOV.UK's list) used instead of the built-in one.</summary>
    public const string BankHolidaysFileKey = "Calendar:BankHolidaysFile";

    public static IServiceCollection AddWorkingDayCalendar(this IServiceCollection services, IConfiguration configuration)
    {
        // Loaded here rather than on first use, so a broken file stops the host at start-up instead of failing a request.
        var bankHolidays = BankHolidayCalendar.Load(configuration[BankHolidaysFileKey]);
        services.AddSingleton(bankHolidays);
        services.AddSingleton(new WorkingDayCalendar(bankHolidays));
        return services;
    }
}
