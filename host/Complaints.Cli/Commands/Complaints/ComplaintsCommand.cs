using System.CommandLine;

namespace Complaints.Cli.Commands;

/// <summary><c>complaints complaints list|show</c>: complaints as IntakeService lists and reads them.</summary>
internal static class ComplaintsCommand
{
    public static Command Create(CliContext cli) =>
        new("complaints", "List complaints and show one")
        {
            ListComplaintsCommand.Create(cli),
            ShowComplaintCommand.Create(cli),
        };
}
