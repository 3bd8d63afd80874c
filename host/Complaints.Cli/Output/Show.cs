using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Complaints.Cli.Output;

/// <summary>How values read on the terminal: instants in London time (the landlord's), money in pounds, server text never taken as markup.</summary>
internal static class Show
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>An instant as London reads it, "2026-11-29 14:05"; empty when unset.</summary>
    public static string When(Timestamp? at) =>
        at is null ? "" : TimeZoneInfo.ConvertTime(at.ToDateTimeOffset(), London).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>An instant exactly, in UTC, for lines a script reads: "2026-11-29T14:05:07.123Z".</summary>
    public static string Utc(Timestamp? at) =>
        at is null ? "" : at.ToDateTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static string Money(long pence) => (pence / 100m).ToString("C2", English);

    /// <summary>Server text as a cell: shown as it is, whatever brackets it holds.</summary>
    public static IRenderable Text(string? text) => new Text(text ?? "");

    public static IRenderable Text(string? text, Color colour) => new Text(text ?? "", new Style(colour));

    public static string Shorten(string text, int most) => text.Length <= most ? text : $"{text[..(most - 1)]}…";
}
