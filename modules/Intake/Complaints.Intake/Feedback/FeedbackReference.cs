using System.Globalization;

namespace Complaints.Intake.Feedback;

/// <summary>References like <c>FBK-2026-000042</c> for compliments and feedback, numbered apart from complaints.</summary>
internal static class FeedbackReference
{
    public static string SequenceName(int year) => $"feedback-reference-{year}";

    public static string Format(int year, long number) => string.Create(CultureInfo.InvariantCulture, $"FBK-{year}-{number:D6}");
}
