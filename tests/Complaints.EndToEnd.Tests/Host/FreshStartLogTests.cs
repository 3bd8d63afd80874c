using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.Host;
using Microsoft.Extensions.Logging;

namespace Complaints.EndToEnd.Tests.Host;

/// <summary>An operator reads Error lines as trouble: creating every module's tables on an empty database must log none.</summary>
public sealed class FreshStartLogTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task StartUp_OnAnEmptyDatabase_LogsNoErrorLine(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var capture = new LogCapture();

        await using (var app = ComplaintsApp.Build(
            [
                "--environment=Testing", "--Kestrel:Endpoints:Grpc:Url=http://127.0.0.1:0", "--Kestrel:Endpoints:Http:Url=http://127.0.0.1:0",
                $"--Database:Provider={database.Provider}", $"--Database:ConnectionString={database.ConnectionString}",
            ],
            builder => builder.Logging.AddProvider(capture)))
        {
            await app.StartAsync();
            await app.StopAsync();
        }

        var errors = capture.Lines.Where(l => l.Level >= LogLevel.Error).Select(l => $"{l.Category}: {l.Message}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
