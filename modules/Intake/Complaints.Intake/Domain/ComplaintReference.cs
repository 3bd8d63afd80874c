using System.Globalization;

namespace Complaints.Intake.Domain;

/// <summary>References like <c>CMP-2026-000123</c>: the year received, then a number that restarts each year.</summary>
internal static class ComplaintReference
{
    public static string SequenceName(int year) => $"complaint-reference-{year}";

    public static string Format(int year, long number) => string.Create(CultureInfo.InvariantCulture, $"CMP-{year}-{number:D6}");
}

/// <summary>References like <c>SR-2026-000042</c> for service requests, numbered apart from complaints.</summary>
internal static class ServiceRequestReference
{
    public static string SequenceName(int year) => $"service-request-reference-{year}";

    public static string Format(int year, long number) => string.Create(CultureInfo.InvariantCulture, $"SR-{year}-{number:D6}");
}
