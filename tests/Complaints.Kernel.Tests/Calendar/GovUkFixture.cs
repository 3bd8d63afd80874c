namespace Complaints.Kernel.Tests.Calendar;

// GOV.UK's England & Wales list for 2020–2030, as the built-in data held it before the rules replaced it: the
// published record the rules and the built-in changes are checked against.
internal static class GovUkFixture
{
    public static string Path { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "Calendar", "gov-uk-england-and-wales-2020-2030.json");

    public static IEnumerable<int> Years => Enumerable.Range(2020, 11);
}
