using Complaints.EndToEnd.Tests.Infrastructure;

namespace Complaints.EndToEnd.Tests.Cli;

/// <summary>
/// The real host in Development (development sign-in on, no demo data of its own), seeded once by the tool itself —
/// <c>complaints seed --complaints 5</c> — for every CLI test to read; the seed run is kept for the seed test to judge.
/// </summary>
public sealed class SeededDevelopmentHost : IAsyncLifetime
{
    public const int Complaints = 5;

    private RunningHost? host;

    public RunningHost Host => host ?? throw new InvalidOperationException("The host has not started.");

    public CliRun Seed { get; private set; } = new(-1, "");

    public async Task InitializeAsync()
    {
        host = await RunningHost.StartAsync("--environment=Development", "--Workspace:SeedDemoDataOnFirstRun=false");
        Seed = await CliRun.RunAsync(host, "seed", "--complaints", Complaints.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public async Task DisposeAsync()
    {
        if (host is not null)
            await host.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class CliCollection : ICollectionFixture<SeededDevelopmentHost>
{
    public const string Name = "cli";
}
