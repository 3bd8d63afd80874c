using System.Globalization;

namespace Complaints.Kernel.Errors;

/// <summary>Reading the string and enum fields of an API request, with a field violation for a bad value.</summary>
public static class RequestFields
{
    /// <summary>A UUID, or INVALID_ARGUMENT naming <paramref name="field"/>.</summary>
    public static Guid Uuid(string value, string field) =>
        Guid.TryParse(value, out var id) ? id : throw new ValidationException(new FieldViolation(field, "must be a UUID"));

    /// <summary>
    /// A yyyy-MM-dd day; null when empty; INVALID_ARGUMENT naming <paramref name="field"/> when malformed, or outside the
    /// years the working-day calendar covers: a day no deadline can be worked from must never be stored, or every later
    /// read of what holds it fails.
    /// </summary>
    public static DateOnly? Date(string value, string field)
    {
        if (string.IsNullOrEmpty(value))
            return null;
        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            throw new ValidationException(new FieldViolation(field, "must be a date, yyyy-MM-dd"));
        if (!Calendar.BankHolidayCalendar.Supports(day))
            throw new ValidationException(new FieldViolation(field,
                $"must be between {Calendar.BankHolidayCalendar.FirstSupportedYear} and {Calendar.BankHolidayCalendar.LastSupportedYear}"));
        return day;
    }

    /// <summary>A wire enum's number as the module's enum (their numbers match by design); unspecified (0) or unknown is null.</summary>
    public static T? Known<T>(int value) where T : struct, Enum =>
        value != 0 && Enum.IsDefined(typeof(T), value) ? (T)(object)value : null;
}
