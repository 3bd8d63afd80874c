using System.Globalization;

namespace Complaints.Intake.Domain;

/// <summary>References like <c>CMP-2026-000123</c>: the year received, then a number that restarts each year.</summary>
internal static class ComplaintReference
{
    public static string SequenceName(int year) => $"complaint-reference-{year}";

    public static string Format(int year, long number) => string.Create(CultureInfo.InvariantCulture, $"CMP-{year}-{number:D6}");
}
