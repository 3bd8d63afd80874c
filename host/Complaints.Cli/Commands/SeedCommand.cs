using System.CommandLine;
using Complaints.Client;
using Complaints.Client.Demo;
using Grpc.Core;
using Spectre.Console;

namespace Complaints.Cli.Commands;

/// <summary>
/// <c>complaints seed</c>: the demo data set (DemoDataSeeder), made through the API as the development people who would
/// do each thing. It signs in as those people whatever credentials are given, so only a server in Development will
/// take it.
/// </summary>
internal static class SeedCommand
{
    /// <summary>The seeder proposes awards on the second and third complaints and refers the first to the Ombudsman.</summary>
    private const int FewestComplaints = 3;

    public static Command Create(CliContext cli)
    {
        var complaints = new Option<int>("--complaints")
        {
            Description = "How many complaints to log, besides a mould complaint, awards, a conduct case and an Ombudsman referral",
            DefaultValueFactory = _ => 40,
        };
        complaints.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < FewestComplaints)
                result.AddError($"--complaints must be at least {FewestComplaints}.");
        });
        var command = new Command("seed", "Seed the demo data set through the API, as the development people (Development servers only)") { complaints };
        cli.SetAction(command, async run =>
        {
            var count = run.Value(complaints);
            var seeder = new DemoDataSeeder(person => new ComplaintsApi(run.Channel, ApiCredentials.Development(person.Id, [person.Role])), TimeProvider.System);
            await SeedProgress.ShowAsync(cli.Out, progress => seeder.SeedAsync(count, progress, run.Cancellation));
            cli.Out.MarkupLineInterpolated($"[green]Seeded[/] {count} complaints, a mould complaint with its hazard clocks, two awards, a conduct case and an Ombudsman referral.");
            cli.Out.MarkupLineInterpolated($"See them with: complaints complaints list --as {DemoPeople.Handler.Id}:{DemoPeople.Handler.Role}");
            return 0;
        }, hint: Hint);
        return command;
    }

    private static string? Hint(RpcException e) => e.StatusCode switch
    {
        StatusCode.Unauthenticated or StatusCode.PermissionDenied =>
            "seed signs in as the development people (x-actor-id / x-actor-roles), which only a server in the Development " +
            "environment believes, and only from loopback. Run the server with `dotnet run --project host/Complaints.Host` " +
            "and seed it from the same machine.",
        // The seeder's idempotency keys are fixed, so a second run meets the first one's complaints.
        StatusCode.AlreadyExists =>
            "This database already holds the demo data set (from an earlier seed, or the server's first run in Development): " +
            "it is made once per database. Seed a server started on a fresh database to make it again.",
        _ => null,
    };
}
